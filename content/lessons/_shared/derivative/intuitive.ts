/** Computations of "derivative", intuitive level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, softmaxJacobian, crossEntropyGradient } from '~/lib/math';
export const z = [2, -1, 0.5];
export const p = softmax(z);
export const h = 0.1;
export const zUp = [2, -1, 0.6];
export const pUp = softmax(zUp);
export const J = softmaxJacobian(p);
export const g = crossEntropyGradient(z, 0);
