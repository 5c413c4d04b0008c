/** Computations of "computing-safely", mechanical level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, softmaxSteps, logSumExp, logSoftmax, crossEntropy } from '~/lib/math';
export const lnMax = Math.log(Number.MAX_VALUE);
export const lnTiny = Math.log(Number.MIN_VALUE) - Math.LN2;
/** The largest finite float32, (2 − 2⁻²³)·2¹²⁷, rounded through Math.fround so that it is exactly representable. */
export const float32Max = Math.fround((2 - 2 ** -23) * 2 ** 127);
/** Overflow threshold of the exponential in float32, the format most neural networks run in. */
export const lnMax32 = Math.log(float32Max);
export const lnNormal = Math.log(2 ** -1022);
export const big = [1000, 1001, 1002];
export const steps = softmaxSteps(big);
export const lse = logSumExp(big);
export const logP = logSoftmax(big);
export const ce0 = crossEntropy(big, 0);
export const far = [0, -1000];
export const pFar = softmax(far);
export const ceFar = crossEntropy(far, 1);

/** Exercises ("Check yourself"): very negative new logits, whose exponentials underflow to 0 in binary64. */
export const exZ = [-800, -803, -801];
export const exLse = logSumExp(exZ);
export const exLogP = logSoftmax(exZ);
export const exP = softmax(exZ);
