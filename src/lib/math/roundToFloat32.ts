/**
 * Rounds a float64 value to the nearest float32 (IEEE 754 binary32: 24
 * significand bits, max finite 3.4028234663852886e38), ties to even, with
 * subnormals down to 2^−149 and overflow to ±Infinity: exactly Math.fround,
 * named for symmetry with {@link roundToFloat16} and {@link roundToBfloat16}.
 * NaN → NaN, −0 → −0.
 *
 * @example
 * roundToFloat32(0.1); // 0.10000000149011612
 * roundToFloat32(16777217); // 16777216  (2^24 + 1 is halfway: ties to even)
 * roundToFloat32(3.5e38); // Infinity
 */
export function roundToFloat32(x: number): number {
  return Math.fround(x);
}
