import { argmax, softmax } from '../../lib/math';
import { pixelPath } from '~/figures/shared/pixelPath';

/** A digit as the model sees it: 784 pixels (1 ink, 0 paper), its true label, the model's logits. */
export interface DigitCard {
  readonly pixels: readonly number[];
  readonly label: number;
  readonly logits: readonly number[];
}

export interface DigitCardData {
  readonly label: number;
  /** softmax of the logits (the library's). */
  readonly probabilities: readonly number[];
  /** The two most probable classes and their probabilities (ties: the smaller class first). */
  readonly top: readonly [
    { readonly digit: number; readonly p: number },
    { readonly digit: number; readonly p: number },
  ];
  /** Whether the argmax is the true label. */
  readonly correct: boolean;
  /** The ink as an SVG path in pixel units (see pixelPath). */
  readonly ink: string;
}

export const DIGIT_SIDE = 28;

/**
 * Everything <DigitProbabilities> draws: per digit, the softmax of its logits, the top two
 * classes, whether the prediction is right, and the ink path of its 28 × 28 picture.
 *
 * @example digitProbabilitiesData([{ pixels, label: 6, logits }])[0].top[0].digit
 */
export function digitProbabilitiesData(cards: readonly DigitCard[]): DigitCardData[] {
  if (cards.length === 0) throw new RangeError('digitProbabilitiesData needs at least one digit');
  return cards.map(({ pixels, label, logits }) => {
    if (pixels.length !== DIGIT_SIDE * DIGIT_SIDE)
      throw new RangeError(`a digit has ${DIGIT_SIDE * DIGIT_SIDE} pixels, not ${pixels.length}`);
    if (logits.length < 2) throw new RangeError('a digit needs at least two logits');
    const probabilities = softmax(logits);
    const first = argmax(probabilities);
    const second = argmax(probabilities.map((p, k) => (k === first ? -Infinity : p)));
    return {
      label,
      probabilities,
      top: [
        { digit: first, p: probabilities[first]! },
        { digit: second, p: probabilities[second]! },
      ],
      correct: first === label,
      ink: pixelPath(pixels, DIGIT_SIDE, (v) => v > 0),
    };
  });
}
