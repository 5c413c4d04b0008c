/** Computations of "argmax-vs-softmax", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, logSumExp } from '~/lib/math';
import { checkKey, printed } from '~/components/content/checkKey';
export const z = [2, -1, 0.5];
export const gap = 1.5;
export const rows = [1, 0.5, 0.25, 0.1].map((t) => ({
  t,
  err: 1 - softmax(z, { temperature: t })[0],
  bound: 2 * Math.exp(-gap / t),
}));
export const zTie = [1, 3, 3];
export const pTie = softmax(zTie, { temperature: 1e-300 });
export const tHalf = 0.5;
export const smoothMax = tHalf * logSumExp(z, { temperature: tHalf });

/** Check "compute LSE_T(z)": the page prints the value with 4 digits and the question asks 3, so the reader's rounding of the printed value counts too. */
export const smoothMaxKey = checkKey({ m: printed(smoothMax, 4) }, ({ m }) => m);

/** Exercises ("Check yourself"): new logits and temperature, so no answer is printed earlier on the page. */
export const exZ = [1, 0, 0];
export const exT = 0.5;
export const exErr = 1 - softmax(exZ, { temperature: exT })[0];
export const exBound = 2 * Math.exp(-1 / exT);
export const exSmoothMax = exT * logSumExp(exZ, { temperature: exT });

/** Figure "ArgmaxGradient": the temperatures whose slopes σ(1 − σ)/T are drawn. */
export const slopeTs = [1, 0.5, 0.25];
