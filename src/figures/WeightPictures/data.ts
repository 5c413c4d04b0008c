import { pixelPath } from '~/figures/shared/pixelPath';

export interface WeightPicture {
  readonly digit: number;
  /** Paths of the pixels whose weight is positive, one per shade level (1 … levels). */
  readonly positive: readonly string[];
  /** Same for the negative weights. */
  readonly negative: readonly string[];
  readonly max: number;
  readonly min: number;
}

export interface WeightPicturesData {
  readonly pictures: readonly WeightPicture[];
  /** The common colour scale: |w| = scale is the darkest shade. */
  readonly scale: number;
  readonly levels: number;
}

/**
 * The weight matrix of softmax regression drawn as one picture per class: pixel j of picture k
 * is w[j · classes + k] (pixel-major, as the lab stores it). Weights are shaded on one scale for
 * all classes, |w| / max|w| rounded to `levels` shades per sign; the faintest half shade is
 * left blank. Pure.
 *
 * @example weightPicturesData(net.layers[0].weights).pictures[3].positive
 */
export function weightPicturesData(
  weights: ArrayLike<number>,
  classes = 10,
  side = 28,
  levels = 4,
): WeightPicturesData {
  const pixels = side * side;
  if (weights.length !== pixels * classes)
    throw new RangeError(`expected ${pixels * classes} weights, got ${weights.length}`);
  if (!(levels >= 1)) throw new RangeError('levels must be at least 1');
  let scale = 0;
  for (let i = 0; i < weights.length; i++) scale = Math.max(scale, Math.abs(weights[i]!));
  const level = (w: number) => (scale === 0 ? 0 : Math.round((Math.abs(w) / scale) * levels));
  const pictures = Array.from({ length: classes }, (_, k) => {
    const column = Array.from({ length: pixels }, (_, j) => weights[j * classes + k]!);
    const shades = (sign: 1 | -1) =>
      Array.from({ length: levels }, (_, l) =>
        pixelPath(column, side, (w) => Math.sign(w) === sign && level(w) === l + 1),
      );
    return {
      digit: k,
      positive: shades(1),
      negative: shades(-1),
      max: Math.max(...column),
      min: Math.min(...column),
    };
  });
  return { pictures, scale, levels };
}
