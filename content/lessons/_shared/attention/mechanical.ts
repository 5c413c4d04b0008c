/** Computations of "attention", mechanical level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, dot } from '~/lib/math';
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
export const V = [
  [1, 0],
  [0, 1],
  [1, 1],
];
export const d = 2;
export const S = Q.map((q) => K.map((k) => dot(q, k)));
export const Ss = S.map((row) => row.map((v) => v / Math.sqrt(d)));
export const A = Ss.map((row) => softmax(row));
export const Araw = S.map((row) => softmax(row));
export const O = A.map((w) => [0, 1].map((c) => w.reduce((acc, wj, j) => acc + wj * V[j][c], 0)));
export const masked = Ss.map((row, i) => row.map((v, j) => (j <= i ? v : -Infinity)));
export const Am = masked.map((row) => softmax(row));
export const u = [1, 0.5, 0];
export const raw64 = softmax(u.map((v) => 8 * v));
/** Check yourself, "new-row": a new query against the page's keys and values. */
export const exQ = [1, 3];
export const exS = K.map((k) => dot(exQ, k));
export const exW = softmax(exS.map((v) => v / Math.sqrt(d)));
export const exO = [0, 1].map((c) => exW.reduce((acc, wj, j) => acc + wj * V[j][c], 0));
export const exWraw = softmax(exS);
