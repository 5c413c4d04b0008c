/**
 * Index of the maximal entry, NumPy/PyTorch style.
 *
 * - ties → the first maximal index;
 * - any `NaN` → the index of the first `NaN` (NaN counts as the maximum, so a
 *   NaN can never be silently skipped the way a bare `>` loop would);
 * - all entries `-Infinity` → `0` (they tie);
 * - empty input → `-1` (the `indexOf` idiom: render code never throws).
 *
 * Uses a plain loop, so it works for inputs of any length (spreading 1e5+
 * values into `Math.max` throws a RangeError).
 *
 * @example
 * argmax([2, -1, 0.5]); // 0
 * argmax([1, 3, 3]); // 1
 * argmax([1, NaN, 3]); // 1
 * argmax([]); // -1
 */
export function argmax(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return -1;
  let best = 0;
  let max = values[0] as number;
  if (max !== max) return 0;
  for (let i = 1; i < n; i++) {
    const x = values[i] as number;
    if (x > max) {
      max = x;
      best = i;
    } else if (x !== x) {
      return i;
    }
  }
  return best;
}
