import { roundToPrecision } from './roundToPrecision';

/**
 * Rounds a float64 value to the nearest float16 (IEEE 754 binary16, "half":
 * 11 significand bits, exponents −14…15), once, to nearest with ties to even,
 * as NumPy's float64 → float16 cast does:
 *
 * - largest finite value 65504; from 65520 (halfway to 65536) on → ±Infinity;
 * - subnormals below 2^−14 = 6.103515625e-5, spaced 2^−24 = 5.960464477539063e-8;
 *   |x| ≤ 2^−25 (half the smallest subnormal) → ±0, keeping the sign;
 * - NaN → NaN, ±Infinity and ±0 unchanged.
 *
 * The result is returned as an ordinary number (every float16 is a float64).
 *
 * @example
 * roundToFloat16(0.1); // 0.0999755859375
 * roundToFloat16(1 + 2 ** -11); // 1  (halfway: ties to even)
 * roundToFloat16(65519); // 65504
 * roundToFloat16(65520); // Infinity
 * roundToFloat16(1e-7); // 1.1920928955078125e-7  (subnormal: 2 · 2^-24)
 * roundToFloat16(2 ** -25); // 0
 */
export function roundToFloat16(x: number): number {
  return roundToPrecision(x, 11, 15);
}
