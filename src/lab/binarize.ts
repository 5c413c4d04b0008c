/**
 * Ink threshold of the lab's binarized digits: a grey level (0 = paper, 1 = ink) at or above
 * one half counts as ink. Binarized MNIST is a standard variant; one bit per pixel is what lets
 * 5,000 training digits reach the browser in about 130 KB (4-bit grey levels would be 460 KB).
 */
export const INK_THRESHOLD = 0.5;

/**
 * Binarizes grey levels in [0, 1] (e.g. the `mnist` package's values, or a drawn digit
 * averaged to 28 × 28) into 0/1 pixels.
 * @example binarize([0, 0.2, 0.5, 0.99]); // Uint8Array [0, 0, 1, 1]
 */
export function binarize(grey: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(grey.length);
  for (let i = 0; i < grey.length; i++) out[i] = grey[i]! >= INK_THRESHOLD ? 1 : 0;
  return out;
}
