import { argmax, softmax } from '../../lib/math';

/** One prediction: the logits and the true class (0-based). */
export interface Prediction {
  readonly z: readonly number[];
  readonly y: number;
}

export interface ReliabilityBin {
  /** Confidence interval of the bin, (lo, hi] (the first bin also takes lo itself). */
  readonly lo: number;
  readonly hi: number;
  /** Number of predictions whose confidence falls in the bin. */
  readonly n: number;
  /** Share of those predictions that are right (NaN for an empty bin). */
  readonly accuracy: number;
  /** Their mean confidence (NaN for an empty bin). */
  readonly confidence: number;
  /** |accuracy − confidence| (0 for an empty bin). */
  readonly gap: number;
}

export interface ReliabilityPanel {
  readonly temperature: number;
  /** Confidence (top probability) and correctness of every prediction at this temperature. */
  readonly rows: readonly { readonly confidence: number; readonly correct: boolean }[];
  readonly bins: readonly ReliabilityBin[];
  /** Expected calibration error: Σ (n_b / N) · gap_b. */
  readonly ece: number;
  readonly accuracy: number;
  readonly meanConfidence: number;
}

export interface ReliabilityDiagramData {
  readonly edges: readonly number[];
  readonly panels: readonly ReliabilityPanel[];
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Reliability diagrams of a set of predictions at several temperatures: for every confidence bin,
 * the accuracy against the mean confidence, the gap between them, and the ECE.
 *
 * @example reliabilityDiagramData(preds, [1, 1.5], [0, 0.6, 1]).panels[0].ece
 */
export function reliabilityDiagramData(
  preds: readonly Prediction[],
  temperatures: readonly number[] = [1],
  edges: readonly number[] = [0, 0.5, 1],
): ReliabilityDiagramData {
  if (preds.length === 0) throw new RangeError('reliabilityDiagramData needs predictions');
  if (edges.length < 2 || edges.some((e, i) => i > 0 && !(e > edges[i - 1]!)))
    throw new RangeError('reliabilityDiagramData needs increasing bin edges');
  if (temperatures.some((t) => !(t > 0))) throw new RangeError('temperatures must be positive');
  const panels = temperatures.map((temperature) => {
    const rows = preds.map(({ z, y }) => {
      const p = softmax(z, { temperature });
      const k = argmax(p);
      return { confidence: p[k]!, correct: k === y };
    });
    const bins = edges.slice(1).map((hi, b) => {
      const lo = edges[b]!;
      const inBin = rows.filter(
        (r) => (r.confidence > lo || (b === 0 && r.confidence >= lo)) && r.confidence <= hi,
      );
      const n = inBin.length;
      const accuracy = n ? mean(inBin.map((r) => (r.correct ? 1 : 0))) : NaN;
      const confidence = n ? mean(inBin.map((r) => r.confidence)) : NaN;
      return { lo, hi, n, accuracy, confidence, gap: n ? Math.abs(accuracy - confidence) : 0 };
    });
    return {
      temperature,
      rows,
      bins,
      ece: bins.reduce((a, b) => a + (b.n / rows.length) * b.gap, 0),
      accuracy: mean(rows.map((r) => (r.correct ? 1 : 0))),
      meanConfidence: mean(rows.map((r) => r.confidence)),
    };
  });
  return { edges, panels };
}
