/** Computations of "trusting-probabilities", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax } from '~/lib/math';
export const z = [2, -1, 0.5];
export const z3 = z.map((v) => 3 * v);
export const pA = softmax(z);
export const pB = softmax(z3);
export const topT2 = softmax(z, { temperature: 2 })[0];
export const uniform = softmax([0, 0, 0])[0];
