/** Computations of "derivative", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, softmaxJacobian, crossEntropyGradient } from '~/lib/math';
export const z = [2, -1, 0.5];
export const p = softmax(z);
export const J = softmaxJacobian(p);
export const Jflat = J.flat();
export const trace = J[0][0] + J[1][1] + J[2][2];
export const sumSquares = p[0] * p[0] + p[1] * p[1] + p[2] * p[2];
export const g = crossEntropyGradient(z, 0);
