/** Computations of "derivative", mechanical level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, softmaxJacobian, softmaxJvp, crossEntropyGradient } from '~/lib/math';
export const z = [2, -1, 0.5];
export const p = softmax(z);
export const J = softmaxJacobian(p);
export const Jflat = J.flat();
export const h = 0.1;
export const dz = [0, 0, h];
export const predicted = softmaxJvp(p, dz);
export const pUp = softmax([2, -1, 0.6]);
export const actual = pUp.map((v, i) => v - p[i]);
export const g = crossEntropyGradient(z, 0);
