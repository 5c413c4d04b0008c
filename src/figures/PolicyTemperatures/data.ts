import { argmax, entropy, softmax } from '../../lib/math';

export interface PolicyPanel {
  readonly temperature: number;
  /** π_T(a) = softmax(h / T). */
  readonly policy: readonly number[];
  /** The most likely action (0-based). */
  readonly best: number;
  /** Entropy of the policy in nats: 0 for a sure choice, ln n for a uniform one. */
  readonly entropy: number;
}

export interface PolicyTemperaturesData {
  readonly preferences: readonly number[];
  readonly panels: readonly PolicyPanel[];
  /** ln n: the entropy of the uniform policy, the limit as T → ∞. */
  readonly maxEntropy: number;
}

/**
 * The softmax policy of one set of preferences at several temperatures, for small multiples.
 *
 * @example policyTemperaturesData([4, 3.5, 4, 9], [1, 5]).panels[1].policy[3] // 0.4…
 */
export function policyTemperaturesData(
  preferences: readonly number[],
  temperatures: readonly number[] = [0.5, 1, 2, 5],
): PolicyTemperaturesData {
  if (preferences.length < 2) throw new RangeError('policyTemperaturesData needs two actions');
  if (temperatures.length === 0 || temperatures.some((t) => !(t > 0) || !Number.isFinite(t)))
    throw new RangeError('policyTemperaturesData needs positive, finite temperatures');
  const panels = temperatures.map((temperature) => {
    const policy = softmax(preferences, { temperature });
    return { temperature, policy, best: argmax(policy), entropy: entropy(policy) };
  });
  return { preferences, panels, maxEntropy: Math.log(preferences.length) };
}
