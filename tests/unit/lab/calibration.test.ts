import { describe, expect, test } from 'vitest';
import { seededRandom } from '../../../src/islands/shared/random';
import { softmax } from '../../../src/lib/math/softmax';
import { accuracy } from '../../../src/lab/accuracy';
import { expectedCalibrationError } from '../../../src/lab/expectedCalibrationError';
import { fitTemperature } from '../../../src/lab/fitTemperature';
import { meanCrossEntropy } from '../../../src/lab/meanCrossEntropy';
import { reliabilityBins } from '../../../src/lab/reliabilityBins';
import { sampleIndex } from '../../../src/islands/shared/random';

/** n rows of 3 logits, labels drawn from softmax(logits / T) with a seeded generator. */
function sampled(n: number, temperature: number) {
  const random = seededRandom(11);
  const logits = new Float64Array(n * 3);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 3; k++) logits[i * 3 + k] = 4 * (random() - 0.5);
    labels[i] = sampleIndex(softmax(logits.subarray(i * 3, i * 3 + 3), { temperature }), random());
  }
  return { logits, labels };
}

describe('calibration metrics', () => {
  test('accuracy and mean cross-entropy of a hand example', () => {
    const logits = Float64Array.of(2, 0, 0, 1);
    expect(accuracy(logits, [0, 0], 2)).toBe(0.5);
    expect(meanCrossEntropy(Float64Array.of(0, 0), [1], 2)).toBeCloseTo(Math.LN2, 15);
  });

  test('ECE of a hand example: two digits in one bin, one right', () => {
    // Both rows have top probability softmax([ln 3, 0])₀ = 0.75; one is right → |0.5 − 0.75|.
    const logits = Float64Array.of(Math.log(3), 0, Math.log(3), 0);
    expect(expectedCalibrationError(logits, [0, 1], { classes: 2 })).toBeCloseTo(0.25, 12);
    const bins = reliabilityBins(logits, [0, 1], { classes: 2 });
    expect(bins).toHaveLength(15);
    const full = bins.filter((b) => b.count > 0);
    expect(full).toHaveLength(1);
    expect(full[0]!.lower).toBeLessThan(0.75);
    expect(full[0]!.upper).toBeGreaterThanOrEqual(0.75);
  });

  test('a model whose labels follow its own probabilities has a small ECE', () => {
    const { logits, labels } = sampled(20_000, 1);
    expect(expectedCalibrationError(logits, labels, { classes: 3 })).toBeLessThan(0.02);
  });

  test('temperature scaling recovers the temperature that generated the labels', () => {
    const { logits, labels } = sampled(20_000, 2);
    const t = fitTemperature(logits, labels, 3);
    expect(t).toBeGreaterThan(1.8);
    expect(t).toBeLessThan(2.2);
    expect(meanCrossEntropy(logits, labels, 3, t)).toBeLessThan(
      meanCrossEntropy(logits, labels, 3, 1),
    );
  });
});
