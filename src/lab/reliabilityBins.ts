import { argmax } from '../lib/math/argmax';
import { softmax } from '../lib/math/softmax';

/** The lab's calibration bins: 15 equal-width confidence bins, as in Guo et al. (2017). */
export const CALIBRATION_BINS = 15;

/** One confidence bin of a reliability diagram. */
export interface ReliabilityBin {
  /** Bin edges: confidences in (lower, upper] fall here (the first bin also takes 0). */
  lower: number;
  upper: number;
  count: number;
  /** Mean top probability of the digits in the bin (NaN when empty). */
  confidence: number;
  /** Share of those digits classified correctly (NaN when empty). */
  accuracy: number;
}

/**
 * Reliability diagram data: each row's confidence is its top probability softmax(z / T)
 * (the library's softmax) and its prediction the argmax; rows are put into `bins`
 * equal-width bins (i/B, (i+1)/B]. Rows are `labels.length` runs of `classes` logits.
 * @example reliabilityBins(logits, labels).map((b) => b.accuracy - b.confidence);
 */
export function reliabilityBins(
  logits: Float64Array,
  labels: ArrayLike<number>,
  options: { classes?: number; temperature?: number; bins?: number } = {},
): ReliabilityBin[] {
  const { classes = 10, temperature = 1, bins = CALIBRATION_BINS } = options;
  const count = new Float64Array(bins);
  const conf = new Float64Array(bins);
  const right = new Float64Array(bins);
  for (let i = 0; i < labels.length; i++) {
    const row = logits.subarray(i * classes, (i + 1) * classes);
    const p = softmax(row, { temperature });
    const k = argmax(p);
    const c = p[k]!;
    const b = Math.min(bins - 1, Math.max(0, Math.ceil(c * bins) - 1));
    count[b]!++;
    conf[b]! += c;
    if (k === labels[i]) right[b]!++;
  }
  return Array.from({ length: bins }, (_, b) => ({
    lower: b / bins,
    upper: (b + 1) / bins,
    count: count[b]!,
    confidence: count[b]! ? conf[b]! / count[b]! : NaN,
    accuracy: count[b]! ? right[b]! / count[b]! : NaN,
  }));
}
