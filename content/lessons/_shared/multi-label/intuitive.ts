/** Computations of "multi-label", intuitive level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, sigmoid } from '~/lib/math';
export const z = [3, 2.5, -1, -2];
export const p = softmax(z);
export const s = z.map((v) => sigmoid(v));
export const sSum = s.reduce((a, b) => a + b, 0);
