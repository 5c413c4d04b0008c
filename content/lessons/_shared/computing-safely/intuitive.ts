/** Computations of "computing-safely", intuitive level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, softmaxSteps, crossEntropy } from '~/lib/math';
export const lnMax = Math.log(Number.MAX_VALUE);
export const lnTiny = Math.log(Number.MIN_VALUE) - Math.LN2;
export const big = [1000, 1001, 1002];
export const steps = softmaxSteps(big);
export const pBig = softmax(big);
export const low = [-1000, -1001, -1002];
export const pLow = softmax(low);
export const ceFar = crossEntropy([0, -1000], 1);
