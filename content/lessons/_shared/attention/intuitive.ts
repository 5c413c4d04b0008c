/** Computations of "attention", intuitive level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, dot } from '~/lib/math';
import { checkKey, printed } from '~/components/content/checkKey';
export const Q = [
  [2, 0],
  [0, 2],
  [1, 1],
];
export const K = [
  [2, 1],
  [0, 2],
  [1, 0],
];
export const d = 2;
export const S = Q.map((q) => K.map((k) => dot(q, k)));
/** Weights of the raw scores (before the 1/√d scaling the page introduces later). */
export const raw = S.map((row) => softmax(row));
export const sqrtD = Math.sqrt(d);
/** The scores divided by √d, and their weights: what the widget shows by default. */
export const scaled = S.map((row) => row.map((v) => v / sqrtD));
export const A = S.map((row) => softmax(row, { temperature: sqrtD }));
export const masked = S.map((row, i) => row.map((v, j) => (j <= i ? v : -Infinity)));
export const Am = masked.map((row) => softmax(row, { temperature: Math.sqrt(d) }));
export const u = [1, 0.5, 0];
export const big = softmax(u.map((v) => 8 * v));
export const fair = softmax(u);

/** Check "what weight does mice give to cats": softmax of the scores divided by √2, exactly (from the integer scores), from the scaled scores as printed (2 digits), or read off the printed weights. */
export const miceCatsKey = checkKey(
  { s: printed(S[2], 0) },
  ({ s }) => softmax(s.map((v) => v / Math.sqrt(2)))[0],
)
  .or({ s: printed(scaled[2], 2) }, ({ s }) => softmax(s)[0])
  .or({ a: printed(A[2][0], 2) }, ({ a }) => a);
/** Check yourself: a row with equal scores. */
export const even = softmax([2, 2, 2]);
