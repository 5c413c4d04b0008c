/**
 * <SoftmaxPolicy>'s URL state: the preferences (the bare part), the temperature `t` and the counts
 * of the draws so far `c` (one whole number per action, left out while nothing is drawn), e.g.
 * `?policy=2,-1,0.5;t:1;c:52,3,45`. Pure, so the unit tests check it without a browser
 * (tests/unit/islands/policyState.test.ts).
 */
import { stateLogits, stateNumber, type UrlState } from '~/islands/shared/urlState';
import { limits } from './props';

export interface PolicyState {
  readonly preferences: readonly number[];
  /** null when the link names no temperature (the widget keeps its own). */
  readonly temperature: number | null;
  /** One count per action; all zero when the link names none. */
  readonly counts: readonly number[];
}

const KEYS = ['', 't', 'c'];

/**
 * Reads a decoded state: undefined when anything does not fit (preferences outside the limits, a
 * temperature out of range, counts that are not whole numbers ≥ 0, one per action, at most
 * `limits.draws.max` in all, or an unknown key).
 * @example readPolicyState(decodeState('2,-1;t:0.5;c:3,1')!)?.counts // [3, 1]
 */
export function readPolicyState(st: UrlState): PolicyState | undefined {
  for (const key of st.keys()) if (!KEYS.includes(key)) return undefined;
  const preferences = stateLogits(st, limits.logits);
  const temperature = stateNumber(st, 't', limits.temperature);
  if (!preferences || temperature === undefined) return undefined;
  const c = st.get('c');
  if (c === undefined) return { preferences, temperature, counts: preferences.map(() => 0) };
  if (c.length !== preferences.length) return undefined;
  if (!c.every((x) => Number.isInteger(x) && x >= 0)) return undefined;
  const total = c.reduce((a, b) => a + b, 0);
  if (total < limits.draws.min || total > limits.draws.max) return undefined;
  return { preferences, temperature, counts: c };
}

/**
 * The parts to encode (encodeState); the counts only once something is drawn.
 * @example encodeState(policyParts([2, -1], 1, [0, 0])) // '2,-1;t:1'
 * @example encodeState(policyParts([2, -1], 1, [3, 1])) // '2,-1;t:1;c:3,1'
 */
export function policyParts(
  preferences: readonly number[],
  temperature: number,
  counts: readonly number[],
): Record<string, readonly number[]> {
  return {
    '': preferences,
    t: [temperature],
    ...(counts.some((x) => x > 0) ? { c: counts } : {}),
  };
}
