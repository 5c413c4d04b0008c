/**
 * Dot product Σᵢ uᵢvᵢ of two vectors of the same length (attention scores, linear preferences).
 *
 * Throws a RangeError when the lengths differ, rather than silently reading `undefined`.
 *
 * @example
 * dot([1, 0, 1], [4, 2, 0.5]); // 4.5
 * dot([1, 2], [3]); // throws RangeError
 */
export function dot(u: ArrayLike<number>, v: ArrayLike<number>): number {
  if (u.length !== v.length) {
    throw new RangeError(`dot needs vectors of the same length, got ${u.length} and ${v.length}`);
  }
  let sum = 0;
  for (let i = 0; i < u.length; i++) sum += (u[i] as number) * (v[i] as number);
  return sum;
}
