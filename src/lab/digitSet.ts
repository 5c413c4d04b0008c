/** Side of an MNIST digit in pixels. */
export const DIGIT_SIDE = 28;
/** Pixels per digit (28 × 28), the input size of every lab model. */
export const DIGIT_PIXELS = DIGIT_SIDE * DIGIT_SIDE;
/** Number of classes (the digits 0–9). */
export const DIGIT_CLASSES = 10;

/**
 * A set of binarized digits as the lab uses them everywhere (training script, tests, browser):
 * `pixels` holds `count × 784` values, row-major per digit, each 0 (paper) or 1 (ink);
 * `labels` holds `count` class indices 0–9. Digit i starts at `pixels[i * DIGIT_PIXELS]`.
 * @example
 * const set: DigitSet = { count: 1, pixels: new Uint8Array(784), labels: Uint8Array.of(7) };
 */
export interface DigitSet {
  count: number;
  pixels: Uint8Array;
  labels: Uint8Array;
}

/**
 * The digits of `set` at the given positions, in that order (a copy).
 * @example subset(set, [3, 0]).labels; // [set.labels[3], set.labels[0]]
 */
export function subset(set: DigitSet, indices: ArrayLike<number>): DigitSet {
  const count = indices.length;
  const pixels = new Uint8Array(count * DIGIT_PIXELS);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const k = indices[i]!;
    if (!(k >= 0 && k < set.count))
      throw new RangeError(`subset: index ${k} is outside 0…${set.count - 1}`);
    pixels.set(set.pixels.subarray(k * DIGIT_PIXELS, (k + 1) * DIGIT_PIXELS), i * DIGIT_PIXELS);
    labels[i] = set.labels[k]!;
  }
  return { count, pixels, labels };
}
