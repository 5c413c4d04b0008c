/** Computations of "computing-safely", mechanical level: imported by the en, pt and ru pages, so each number is written once. */
import {
  softmax,
  softmaxSteps,
  logSumExp,
  logSoftmax,
  crossEntropy,
  floatFormat,
  roundToFormat,
} from '~/lib/math';
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

/*
 * Sixteen-bit formats and mixed precision: every limit comes from the library's floatFormat (computed
 * from the precision p and the exponent range, not typed), every rounding from roundToFormat.
 */
export const f64 = floatFormat('float64');
export const f32 = floatFormat('float32');
export const f16 = floatFormat('float16');
export const bf16 = floatFormat('bfloat16');
/** Significant decimal digits of each format, p · log₁₀ 2. */
export const digits64 = f64.precision * Math.log10(2);
export const digits32 = f32.precision * Math.log10(2);
export const digits16 = f16.precision * Math.log10(2);
export const digitsBf16 = bf16.precision * Math.log10(2);
/** bfloat16's overflow threshold falls short of float32's by ln((2 − 2⁻²³)/(2 − 2⁻⁷)), a little over 2⁻⁸. */
export const bfShortfall = f32.expOverflow - bf16.expOverflow;

/** Loss scaling: a gradient of 10⁻⁸ is below float16's smallest subnormal and rounds to 0 … */
export const tinyGrad = 1e-8;
export const tinyGradF16 = roundToFormat(tinyGrad, 'float16');
/** … but multiplied by the scale 2¹⁶ before the backward pass it is an ordinary float16 … */
export const lossScale = 2 ** 16;
export const scaledGradF16 = roundToFormat(tinyGrad * lossScale, 'float16');
/** … and divided by the scale again in float32 it comes back with a small relative error. */
export const unscaledGrad = roundToFormat(scaledGradF16 / lossScale, 'float32');
export const unscaledError = Math.abs(unscaledGrad - tinyGrad) / tinyGrad;

/** Why softmax runs in float32 anyway: 4096 equal logits give 4096 terms e⁰ = 1, summed in float16. */
export const stallCount = 4096;
export const stallSum = Array.from({ length: stallCount }, () => 1).reduce(
  (s, e) => roundToFormat(s + e, 'float16'),
  0,
);
/** The probability each class then gets (1/2048), against the true 1/4096. */
export const stallP = 1 / stallSum;
export const trueP = 1 / stallCount;
/** A logit near 1000 stored in float16 (spacing there 2⁹⁻¹⁰ = 0.5): 1000.3 becomes 1000.5. */
export const coarseLogit = 1000.3;
export const coarseLogitF16 = roundToFormat(coarseLogit, 'float16');
/** Half a spacing of error in a logit multiplies its probability by up to e^{0.25}. */
export const coarseFactor = Math.exp(0.25);
