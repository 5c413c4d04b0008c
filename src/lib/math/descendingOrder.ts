/**
 * Internal: the indices 0…n−1 sorted by descending value, ties broken by the
 * smaller index first (a stable order), as the truncated samplers rank tokens.
 * The values must not contain NaN (callers check with weightSum first).
 *
 * @example
 * descendingOrder([0.2, 0.5, 0.3]); // [1, 2, 0]
 * descendingOrder([0.25, 0.5, 0.25]); // [1, 0, 2]
 */
export function descendingOrder(values: ArrayLike<number>): number[] {
  const order = Array.from({ length: values.length }, (_, i) => i);
  return order.sort((i, j) => (values[j] as number) - (values[i] as number) || i - j);
}
