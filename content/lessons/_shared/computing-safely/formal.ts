/** Computations of "computing-safely", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { softmaxSteps, logSumExp, crossEntropy } from '~/lib/math';
export const lnMax = Math.log(Number.MAX_VALUE);
export const lnTiny = Math.log(Number.MIN_VALUE) - Math.LN2;
/** The largest finite float32, (2 − 2⁻²³)·2¹²⁷, rounded through Math.fround so that it is exactly representable. */
export const float32Max = Math.fround((2 - 2 ** -23) * 2 ** 127);
/** Overflow threshold of the exponential in float32, the format most neural networks run in. */
export const lnMax32 = Math.log(float32Max);
export const big = [1000, 1001, 1002];
export const steps = softmaxSteps(big);
export const lse = logSumExp(big);
export const gap = lse - 1002;
export const logN = logSumExp([0, 0, 0]);
export const ceFar = crossEntropy([0, -1000], 1);

/** Exercises ("Check yourself"): new logits, so no answer is printed earlier on the page. */
export const exZ = [300, 297, 301];
export const exS = exZ.reduce((a, v) => a + Math.exp(v - Math.max(...exZ)), 0);
export const exLse = logSumExp(exZ);
export const exLogP2 = exZ[1] - exLse;
