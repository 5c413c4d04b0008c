/**
 * One-hot vector of the given length with a 1 at `index`.
 *
 * Throws a RangeError when `length` is not a non-negative integer or `index`
 * is not an integer in [0, length) (PyTorch behaviour; JAX's silent all-zero
 * row would make a cross-entropy silently 0).
 *
 * @example
 * oneHot(2, 4); // [0, 0, 1, 0]
 * oneHot(4, 4); // throws RangeError
 */
export function oneHot(index: number, length: number): number[] {
  if (!Number.isSafeInteger(length) || length < 0) {
    throw new RangeError(`length must be a non-negative integer, got ${String(length)}`);
  }
  if (!Number.isInteger(index) || index < 0 || index >= length) {
    throw new RangeError(`index must be an integer in [0, ${length}), got ${String(index)}`);
  }
  const out = new Array<number>(length).fill(0);
  out[index] = 1;
  return out;
}
