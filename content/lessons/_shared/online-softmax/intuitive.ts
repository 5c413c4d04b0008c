/** Computations of "online-softmax", intuitive level: imported by the en, pt and ru pages, so each number is written once. */
import {
  mergeSoftmaxStates,
  onlineSoftmax,
  onlineSoftmaxWeightedSum,
  softmax,
  softmaxState,
} from '~/lib/math';

/** The running example: six scores read in blocks of two, and one value per score. */
export const x = [1, 3, 2, 5, 4, 0];
export const v = [2, -1, 0, 3, 1, 4];
export const block = 2;

/** The running state after each block: {m, l}. */
export const after = [0, 2, 4].reduce<{ m: number; l: number }[]>(
  (acc, b) => [
    ...acc,
    mergeSoftmaxStates(acc.at(-1) ?? { m: -Infinity, l: 0 }, softmaxState(x.slice(b, b + block))),
  ],
  [],
);
/** When 5 arrives, the old sum is multiplied by e^(3 − 5). */
export const shrink = Math.exp(after[0].m - after[1].m);
export const shrunk = after[0].l * shrink;
/** The two-pass softmax and the online one (the same numbers). */
export const p = softmax(x);
export const pOnline = onlineSoftmax(x, block);
/** The softmax-weighted average of the values, in one pass. */
export const out = onlineSoftmaxWeightedSum(
  x,
  v.map((a) => [a]),
  block,
)[0];
