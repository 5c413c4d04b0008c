import { argmax, softmax } from '../../lib/math';

export interface SameAccuracyModel {
  /** The model's logits. */
  readonly logits: readonly number[];
  readonly probabilities: readonly number[];
  /** Predicted class (0-based). */
  readonly predicted: number;
  /** Probability of the predicted class. */
  readonly confidence: number;
}

export interface SameAccuracyData {
  readonly factor: number;
  readonly a: SameAccuracyModel;
  readonly b: SameAccuracyModel;
  /** True when both models predict the same class (always, for a positive factor). */
  readonly samePrediction: boolean;
}

const model = (logits: readonly number[]): SameAccuracyModel => {
  const probabilities = softmax(logits);
  const predicted = argmax(probabilities);
  return { logits, probabilities, predicted, confidence: probabilities[predicted]! };
};

/**
 * Model A with logits z and model B with logits factor·z: the same prediction (so the same
 * accuracy on any data), different probabilities.
 *
 * @example sameAccuracyData([2, -1, 0.5], 3).b.confidence // 0.9867…
 */
export function sameAccuracyData(logits: readonly number[], factor = 3): SameAccuracyData {
  if (logits.length < 2) throw new RangeError('sameAccuracyData needs at least two logits');
  if (!(factor > 0)) throw new RangeError('sameAccuracyData needs a positive factor');
  const a = model(logits);
  const b = model(logits.map((v) => factor * v));
  return { factor, a, b, samePrediction: a.predicted === b.predicted };
}
