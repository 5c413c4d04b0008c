/** Computations of "computing-safely", intuitive level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, softmaxSteps, crossEntropy } from '~/lib/math';
export const lnMax = Math.log(Number.MAX_VALUE);
export const lnTiny = Math.log(Number.MIN_VALUE) - Math.LN2;
/** The largest finite float32, (2 − 2⁻²³)·2¹²⁷, rounded through Math.fround so that it is exactly representable. */
export const float32Max = Math.fround((2 - 2 ** -23) * 2 ** 127);
/** Overflow threshold of the exponential in float32, the format most neural networks run in. */
export const lnMax32 = Math.log(float32Max);
/** Number of digits before the decimal point of the largest double (about 1.8·10³⁰⁸). */
export const maxDigits = Math.floor(Math.log10(Number.MAX_VALUE)) + 1;
export const big = [1000, 1001, 1002];
export const steps = softmaxSteps(big);
export const pBig = softmax(big);
export const low = [-1000, -1001, -1002];
export const pLow = softmax(low);
export const ceFar = crossEntropy([0, -1000], 1);
