/** Computations of "attention", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, softmaxJacobian } from '~/lib/math';
export const u = [1, 0.5, 0];
export const dims = [1, 16, 64];
export const rows = dims.map((n) => softmax(u.map((v) => Math.sqrt(n) * v)));
export const jmax = rows.map((p) => Math.max(...softmaxJacobian(p).flat().map((v) => Math.abs(v))));
export const s = [1, 2];
export const pm = softmax([s[0], s[1], -Infinity]);
export const p2 = softmax([s[0], s[1]]);
