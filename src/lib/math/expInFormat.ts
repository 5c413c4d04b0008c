import type { FloatFormatName } from './floatFormat';
import { roundToFormat } from './roundToFormat';

/**
 * e^x as a program working in the given format sees it: computed in float64
 * (Math.exp) and then rounded once to the format, so it overflows to Infinity
 * past ln maxFinite (≈ 709.78, 88.72, 11.09 and 88.72 for float64, float32,
 * float16, bfloat16), becomes subnormal below ln minNormal and rounds to 0 at
 * or below ln(minSubnormal / 2) (see {@link floatFormat}). This is what an
 * emulated naive softmax, e^{z_i} / Σ_j e^{z_j}, divides.
 *
 * x itself is used as given; round it first with {@link roundToFormat} to
 * emulate an input stored in the format. Real float16/bfloat16 kernels often
 * evaluate exp in float32 and round afterwards, which this matches up to a
 * float32 rounding of the argument. NaN → NaN; exp(−Infinity) = 0.
 * Throws a RangeError for an unknown format name.
 *
 * @example
 * expInFormat(11, 'float16'); // 59872
 * expInFormat(12, 'float16'); // Infinity
 * expInFormat(89, 'float32'); // Infinity
 * expInFormat(89, 'float64'); // 4.489612819174345e38
 * expInFormat(-18, 'float16'); // 0
 */
export function expInFormat(x: number, format: FloatFormatName): number {
  return roundToFormat(Math.exp(x), format);
}
