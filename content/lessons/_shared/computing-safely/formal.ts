/** Computations of "computing-safely", formal level: imported by the en, pt and ru pages, so each number is written once. */
import {
  softmaxSteps,
  logSumExp,
  crossEntropy,
  floatFormat,
  expInFormat,
  roundToFormat,
} from '~/lib/math';
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

/*
 * Sixteen-bit formats (formal level): Ω, ω and ε per format from the library's floatFormat, computed
 * from p and emax rather than typed; the widget's float16 example; the exercise on thresholds.
 */
export const f32 = floatFormat('float32');
export const f16 = floatFormat('float16');
export const bf16 = floatFormat('bfloat16');
/** ln Ω₃₂ − ln Ω_bf16 = ln((2 − 2⁻²³)/(2 − 2⁻⁷)): bfloat16 keeps float32's range. */
export const bfShortfall = f32.expOverflow - bf16.expOverflow;
/** The bound of Proposition 4: the shortfall is below 2⁻⁷/(2 − 2⁻⁷) = 2⁻⁸/(1 − 2⁻⁸). */
export const bfShortfallBound = 2 ** -7 / (2 - 2 ** -7);
/** Unit roundoff u = ε/2 = 2⁻¹¹ of float16 (relative-error bound of the second exercise). */
export const u16 = f16.epsilon / 2;

/** The widget's starting example in float16: each e^11 is finite (59872), their sum is not. */
export const halfZ = [11, 11, 0];
export const halfExp = expInFormat(11, 'float16');
/** Largest logit m for which n = 2 copies of e^m still sum below Ω₁₆: ln(Ω₁₆ / 2). */
export const halfPairLimit = Math.log(f16.maxFinite / 2);

/** Stagnation of a float16 sum of ones: once S = 2^p = 2048, S + 1 rounds back to S. */
export const stallSum = Array.from({ length: 4096 }, () => 1).reduce(
  (s, e) => roundToFormat(s + e, 'float16'),
  0,
);

/** Exercise (predict, then switch the widget): logits that bfloat16 handles and float16 does not. */
export const bfZ = [80, 85, 88];
/** LSE(bfZ), the logarithm of the naive sum: below ln Ω of bfloat16, far above ln Ω of float16. */
export const bfLse = logSumExp(bfZ);
