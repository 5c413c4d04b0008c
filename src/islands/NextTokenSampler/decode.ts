/**
 * What <NextTokenSampler> shows for one setting, in the order decoders apply it: softmax at
 * temperature T, then top-k, then top-p on what top-k kept (renormalised), and why each token
 * that cannot be drawn was dropped. Pure, so the unit tests check it without a browser.
 */
import { softmax, topK, topP } from '../../lib/math';

/** A token's fate: drawable, dropped by top-k, dropped by top-p, or 0 already at this T. */
export type TokenStatus = 'kept' | 'cut-k' | 'cut-p' | 'zero';

export interface Decoded {
  /** softmax(z / T), every token. */
  readonly pT: readonly number[];
  /** After top-k, renormalised. */
  readonly afterK: readonly number[];
  /** After top-k and top-p, renormalised: the distribution a token is drawn from. */
  readonly q: readonly number[];
  readonly status: readonly TokenStatus[];
  /** Tokens with a non-zero probability after top-k, and after both cuts. */
  readonly keptK: number;
  readonly kept: number;
  /** The probability at T of the tokens kept by both cuts (what q divides by). */
  readonly mass: number;
}

/**
 * @example decode([2, 1, 0], 1, 2, 1).status // ['kept', 'kept', 'cut-k']
 * @example decode([2, 1, 0], 1, 3, 0.5).q // [1, 0, 0]
 */
export function decode(z: readonly number[], t: number, k: number, p: number): Decoded {
  const pT = softmax(z, { temperature: t });
  const afterK = topK(pT, k);
  const q = topP(afterK, p);
  // Rank by pT, ties to the smaller index (as topK and topP break them).
  const rank = pT.map((v, i) => pT.filter((w, j) => w > v || (w === v && j < i)).length);
  const status = pT.map((v, i): TokenStatus => {
    if ((q[i] ?? 0) > 0) return 'kept';
    if (v === 0) return 'zero';
    return (rank[i] ?? 0) >= k ? 'cut-k' : 'cut-p';
  });
  let mass = 0;
  status.forEach((s, i) => {
    if (s === 'kept') mass += pT[i] ?? 0;
  });
  return {
    pT,
    afterK,
    q,
    status,
    keptK: afterK.filter((v) => v > 0).length,
    kept: status.filter((s) => s === 'kept').length,
    mass,
  };
}
