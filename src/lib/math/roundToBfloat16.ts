import { roundToPrecision } from './roundToPrecision';

/**
 * Rounds a float64 value to the nearest bfloat16 ("brain float": float32's
 * 8 exponent bits with an 8-bit significand, i.e. 7 stored bits), once, to
 * nearest with ties to even:
 *
 * - largest finite value 3.3895313892515355e38; from 3.39617752923046e38
 *   (halfway to 2^128) on → ±Infinity;
 * - normal down to 2^−126, then subnormals spaced 2^−133 (the IEEE-style
 *   gradual underflow that ml_dtypes implements; some hardware flushes them
 *   to zero instead); |x| ≤ 2^−134 → ±0, keeping the sign;
 * - NaN → NaN, ±Infinity and ±0 unchanged.
 *
 * Single rounding differs from what ml_dtypes and PyTorch do for a float64
 * input: they round to float32 first and then to bfloat16, and that double
 * rounding can land on a tie that goes the other way (1 + 2^−8 + 2^−30 gives 1
 * there, 1.0078125 here). For a value that is already a float32 both agree:
 * `roundToBfloat16(Math.fround(x))` is their result.
 *
 * @example
 * roundToBfloat16(0.1); // 0.10009765625
 * roundToBfloat16(1 + 2 ** -8); // 1  (halfway: ties to even)
 * roundToBfloat16(1 + 2 ** -8 + 2 ** -30); // 1.0078125
 * roundToBfloat16(3.4e38); // Infinity
 * roundToBfloat16(65504); // 65536
 */
export function roundToBfloat16(x: number): number {
  return roundToPrecision(x, 8, 127);
}
