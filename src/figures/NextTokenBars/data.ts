import { entropy, minP, softmax, topK, topP } from '../../lib/math';

/** The truncation a figure shows: none, top-k, top-p (nucleus) or min-p, applied after T. */
export interface NextTokenCut {
  readonly temperature?: number | undefined;
  readonly k?: number | undefined;
  readonly p?: number | undefined;
  readonly minP?: number | undefined;
}

export interface NextTokenBar {
  /** Index of the token in the input order. */
  readonly index: number;
  /** softmax(z / T)_i before the cut. */
  readonly before: number;
  /** The share after the cut, renormalised (0 for a dropped token). */
  readonly after: number;
  readonly kept: boolean;
}

export interface NextTokenBarsData {
  readonly temperature: number;
  /** One bar per token, in the input order. */
  readonly bars: readonly NextTokenBar[];
  /** How many tokens survive the cut. */
  readonly keptCount: number;
  /** The mass of the kept tokens before renormalising (1 without a cut). */
  readonly keptMass: number;
  /** min-p only: the cut-off pMin · max p. */
  readonly threshold?: number | undefined;
  /** Entropies (nats) before and after the cut. */
  readonly entropyBefore: number;
  readonly entropyAfter: number;
}

/**
 * The next-token distribution softmax(z / T) and, when a cut is given, the renormalised
 * distribution after top-k, then top-p, then min-p (the usual decoding order), as bars.
 *
 * @example nextTokenBarsData([3.2, 2.5, 2.1], { k: 2 }).bars[0].after // 0.668…
 */
export function nextTokenBarsData(
  logits: readonly number[],
  cut: NextTokenCut = {},
): NextTokenBarsData {
  if (logits.length === 0) throw new RangeError('nextTokenBarsData needs at least one logit');
  const temperature = cut.temperature ?? 1;
  const before = softmax(logits, { temperature });
  let after = before;
  if (cut.k !== undefined) after = topK(after, cut.k);
  if (cut.p !== undefined) after = topP(after, cut.p);
  let threshold: number | undefined;
  if (cut.minP !== undefined) {
    threshold = cut.minP * Math.max(...after);
    after = minP(after, cut.minP);
  }
  const bars = before.map((b, index) => ({
    index,
    before: b,
    after: after[index] as number,
    kept: (after[index] as number) > 0,
  }));
  return {
    temperature,
    bars,
    keptCount: bars.filter((b) => b.kept).length,
    keptMass: bars.reduce((a, b) => (b.kept ? a + b.before : a), 0),
    threshold,
    entropyBefore: entropy(before),
    entropyAfter: entropy(after),
  };
}
