/** Computations of "what-is-softmax", intuitive level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax } from '~/lib/math';
export const z = [2, -1, 0.5];
export const p = softmax(z);
export const gap = z[0] - z[2];
export const ratio = p[0] / p[2];
export const flat = softmax([0, 0, 0]);
