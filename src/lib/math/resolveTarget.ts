/**
 * A classification target: a class index (integer in [0, n)) or a target
 * distribution y of the same length as the logits (soft labels; not checked
 * to sum to 1).
 *
 * @example
 * crossEntropyGradient([0, 0], 1); // [0.5, -0.5]  (class index)
 * crossEntropyGradient([0, 0], [0.25, 0.75]); // [0.25, -0.25]  (soft target)
 */
export type Target = number | ArrayLike<number>;

/**
 * Internal: validates a target against n classes. Returns the class index, or
 * the distribution itself. Throws a RangeError for a non-integer or
 * out-of-range index and for a distribution of the wrong length.
 *
 * @example
 * resolveTarget(1, 3); // 1
 * resolveTarget([0.5, 0.5], 2); // [0.5, 0.5]
 * resolveTarget(3, 3); // throws RangeError
 */
export function resolveTarget(target: Target, n: number): number | ArrayLike<number> {
  if (typeof target === 'number') {
    if (!Number.isInteger(target) || target < 0 || target >= n) {
      throw new RangeError(
        `target must be an integer class index in [0, ${n}), got ${String(target)}`,
      );
    }
    return target;
  }
  if (target.length !== n) {
    throw new RangeError(`target distribution has length ${target.length}, expected ${n}`);
  }
  return target;
}
