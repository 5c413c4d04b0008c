import { argmax } from './argmax';
import type { Rng } from './mulberry32';
import { resolveTemperature, type TemperatureOptions } from './resolveTemperature';

/**
 * Draws one index from softmax(logits / T) with the Gumbel-max trick: adds
 * independent standard Gumbel noise g_i = −log(−log u_i), u_i = rng(), to the
 * scaled logits and returns argmax_i (z_i / T + g_i). The index is distributed
 * exactly as softmax(z / T), without computing an exponential or a sum.
 *
 * Calls rng exactly once per entry, in index order (also for masked entries),
 * so a seeded generator ({@link mulberry32}) replays the same draws. The
 * logits are shifted first, d_i = (z_i − max) / T, as in {@link softmax}, so
 * huge logits do not overflow and a tiny T gives the greedy choice (uniform
 * over ties). u = 0 (probability 2^−32 with mulberry32) gives g = −Infinity:
 * that entry loses.
 *
 * Conventions, as softmax: −Infinity (masked) entries are never drawn; empty,
 * all −Infinity, or any NaN or +Infinity logit → −1 (softmax is NaN there).
 * Throws a RangeError for an invalid temperature.
 *
 * @example
 * sampleGumbelMax([2, -1, 0.5], () => 0.5); // 0
 * sampleGumbelMax([0, 0, 0], mulberry32(7)); // 2
 * sampleGumbelMax([0, -Infinity], () => 0.99); // 0
 */
export function sampleGumbelMax(
  logits: ArrayLike<number>,
  rng: Rng,
  options?: TemperatureOptions,
): number {
  const temperature = resolveTemperature(options);
  const n = logits.length;
  if (n === 0) return -1;
  const max = logits[argmax(logits)] as number;
  if (!Number.isFinite(max)) {
    for (let i = 0; i < n; i++) rng();
    return -1;
  }
  let best = -1;
  let bestScore = -Infinity;
  for (let i = 0; i < n; i++) {
    const g = -Math.log(-Math.log(rng()));
    const score = ((logits[i] as number) - max) / temperature + g;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}
