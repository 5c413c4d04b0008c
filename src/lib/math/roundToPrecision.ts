/**
 * Internal core of the format emulation: rounds a float64 value once, to
 * nearest with ties to even, into a binary floating-point format with
 * `precision` significand bits (the implicit leading bit included) and
 * exponents in [1 − maxExponent, maxExponent], with gradual underflow
 * (subnormals) and overflow to ±Infinity, as IEEE 754 prescribes.
 *
 * Overflow: the result is ±Infinity from the halfway point between the largest
 * finite value and 2^(maxExponent+1) on (that tie goes to the even neighbour,
 * which is the overflow). Underflow keeps the sign (−1e-30 → −0). NaN, ±0 and
 * ±Infinity are returned unchanged.
 *
 * Every step is exact in float64 (scaling by powers of two, splitting off the
 * fractional part), so the result is the correctly rounded value for every
 * precision ≤ 52 and every range inside float64's. Callers: roundToFloat16,
 * roundToBfloat16, roundToFormat.
 *
 * @example
 * roundToPrecision(1 + 2 ** -11, 11, 15); // 1  (halfway, ties to even)
 * roundToPrecision(65520, 11, 15); // Infinity
 * roundToPrecision(0.1, 24, 127) === Math.fround(0.1); // true
 */
export function roundToPrecision(x: number, precision: number, maxExponent: number): number {
  if (x !== x || x === 0 || x === Infinity || x === -Infinity) return x;
  const a = x < 0 ? -x : x;
  const overflow = (2 - 2 ** -precision) * 2 ** maxExponent;
  if (a >= overflow) return x < 0 ? -Infinity : Infinity;
  // e = floor(log2 a), corrected where Math.log2 rounds across a power of two.
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  const minExponent = 1 - maxExponent;
  if (e < minExponent) e = minExponent; // subnormal: fixed spacing 2^(minExponent − precision + 1)
  const ulp = 2 ** (e - precision + 1);
  const q = a / ulp; // exact: a power-of-two scaling, q < 2^precision
  const n = Math.floor(q);
  const r = q - n; // exact fractional part
  const m = r > 0.5 || (r === 0.5 && n % 2 === 1) ? n + 1 : n;
  const v = m * ulp; // exact
  return x < 0 ? -v : v;
}
