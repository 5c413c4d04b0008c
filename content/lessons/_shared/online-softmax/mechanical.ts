/** Computations of "online-softmax", mechanical level: imported by the en, pt and ru pages, so each number is written once. */
import {
  mergeSoftmaxStates,
  onlineSoftmax,
  onlineSoftmaxWeightedSum,
  softmax,
  softmaxState,
  type SoftmaxState,
} from '~/lib/math';

/** The running example: six scores read in blocks of two, and one value per score. */
export const x = [1, 3, 2, 5, 4, 0];
export const v = [2, -1, 0, 3, 1, 4];
export const block = 2;

/** One row of the worked table: the block, the new maximum, the rescale factor, the block's terms, the new sum, the unnormalised output õ and o = õ / ℓ. */
export interface Step {
  scores: number[];
  m: number;
  factor: number;
  terms: number;
  l: number;
  oTilde: number;
  o: number;
}

/** Walks the blocks of `scores` (with `values`) and records every number of the table. */
export function walk(scores: number[], values: number[], size: number): Step[] {
  const steps: Step[] = [];
  let state: SoftmaxState = { m: -Infinity, l: 0 };
  let oTilde = 0;
  for (let b = 0; b < scores.length; b += size) {
    const part = scores.slice(b, b + size);
    const next = mergeSoftmaxStates(state, softmaxState(part));
    const factor = state.m === -Infinity ? 0 : Math.exp(state.m - next.m);
    const terms = part.reduce((s, xi) => s + Math.exp(xi - next.m), 0);
    oTilde =
      oTilde * factor + part.reduce((s, xi, i) => s + Math.exp(xi - next.m) * values[b + i], 0);
    const o = onlineSoftmaxWeightedSum(
      scores.slice(0, b + part.length),
      values.slice(0, b + part.length).map((a) => [a]),
      size,
    )[0];
    steps.push({ scores: part, m: next.m, factor, terms, l: next.l, oTilde, o });
    state = next;
  }
  return steps;
}

export const steps = walk(x, v, block);
/** Two passes: the maximum, the sum Σ e^(x − max), the softmax and the weighted sum. */
export const two = softmaxState(x);
export const shifted = x.map((xi) => xi - two.m);
export const exps = shifted.map((d) => Math.exp(d));
export const p = softmax(x);
export const pOnline = onlineSoftmax(x, block);
export const weighted = p.reduce((s, pi, i) => s + pi * v[i], 0);
export const out = onlineSoftmaxWeightedSum(
  x,
  v.map((a) => [a]),
  block,
)[0];
/** The same run with blocks of 3: a different path, the same end. */
export const steps3 = walk(x, v, 3);

/** Check yourself, "new-scores": new scores and values, blocks of two. */
export const exX = [0.5, 2, 3.5, 1];
export const exV = [4, 0, 2, -2];
export const exSteps = walk(exX, exV, 2);
export const exFactor = exSteps[1].factor;
export const exL = exSteps[1].l;
export const exP = softmax(exX);
/** The share of the score 3.5, e^0 / ℓ. */
export const exTop = exP[2];
export const exOut = exSteps[1].o;
