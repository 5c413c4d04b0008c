import { reliabilityBins } from './reliabilityBins';

/**
 * Expected calibration error: Σ_b (n_b / n) · |accuracy_b − confidence_b| over the
 * reliability bins (default 15 equal-width bins of the top probability, see reliabilityBins).
 * 0 means the model's confidence matches its hit rate in every bin.
 * @example expectedCalibrationError(logits, labels, { temperature: 1.3 });
 */
export function expectedCalibrationError(
  logits: Float64Array,
  labels: ArrayLike<number>,
  options: { classes?: number; temperature?: number; bins?: number } = {},
): number {
  const bins = reliabilityBins(logits, labels, options);
  const n = labels.length;
  let ece = 0;
  for (const b of bins) if (b.count > 0) ece += (b.count / n) * Math.abs(b.accuracy - b.confidence);
  return n === 0 ? NaN : ece;
}
