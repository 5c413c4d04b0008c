/** Computations of "attention", intuitive level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, dot } from '~/lib/math';
export const Q = [[2, 0], [0, 2], [1, 1]];
export const K = [[2, 1], [0, 2], [1, 0]];
export const d = 2;
export const S = Q.map((q) => K.map((k) => dot(q, k)));
export const A = S.map((row) => softmax(row, { temperature: Math.sqrt(d) }));
export const masked = S.map((row, i) => row.map((v, j) => (j <= i ? v : -Infinity)));
export const Am = masked.map((row) => softmax(row, { temperature: Math.sqrt(d) }));
export const u = [1, 0.5, 0];
export const big = softmax(u.map((v) => 8 * v));
export const fair = softmax(u);
