import type { Rng } from './mulberry32';
import { weightSum } from './weightSum';

/**
 * Draws one index i with probability probs[i] / Σ probs by inversion: takes
 * u = rng() in [0, 1) and returns the first i whose cumulative mass exceeds
 * u × total. Uses exactly one call to rng, so a seeded generator
 * ({@link mulberry32}) makes the draws reproducible, and a larger u never
 * gives a smaller index.
 *
 * An entry of probability 0 is never drawn (its cumulative mass does not
 * grow); if rounding leaves u × total at or beyond the final sum, the last
 * non-zero entry is returned. `probs` may be unnormalised non-negative
 * weights. Returns −1 (the argmax "no index" value) for an empty vector, any
 * NaN, negative or infinite entry, or all zeros.
 *
 * @example
 * sampleCategorical([0.5, 0.2, 0.3], () => 0.6); // 1
 * sampleCategorical([0.5, 0.2, 0.3], () => 0.7); // 2
 * sampleCategorical([0, 1, 0], () => 0); // 1
 * sampleCategorical([0, 0], () => 0.5); // -1
 */
export function sampleCategorical(probs: ArrayLike<number>, rng: Rng): number {
  const total = weightSum(probs);
  if (!(total > 0)) return -1;
  const target = rng() * total;
  let cum = 0;
  let last = -1;
  for (let i = 0; i < probs.length; i++) {
    const w = probs[i] as number;
    if (w === 0) continue;
    cum += w;
    last = i;
    if (cum > target) return i;
  }
  return last;
}
