/**
 * Internal: a plain `number[]` of the given length whose storage is already
 * unboxed doubles (V8 "double elements"). The caller must write every index.
 *
 * `new Array(n)` starts as a small-integer array, and the first stored
 * fraction converts (copies) the whole backing store; starting from a
 * one-double literal and setting the length allocates the double storage once.
 * At n = 1e6 this roughly halves the cost of producing the output array.
 *
 * @example
 * const out = doubleArray(3);
 * out.length; // 3
 */
export function doubleArray(length: number): number[] {
  const out = [0.5];
  out.length = length;
  return out;
}
