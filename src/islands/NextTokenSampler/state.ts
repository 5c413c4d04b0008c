/**
 * <NextTokenSampler>'s URL state: the logits (the bare part), the temperature `t`, top-k `k`,
 * top-p `p`, and how many tokens have been drawn so far `d` (left out while none is), e.g.
 * `?sampler=3.2,2.5,2.1;t:0.7;k:3;p:0.9;d:25`. The draws are seeded, so the count is enough: the
 * island replays that many draws and shows the same history and counts. Pure, so the unit tests
 * check it without a browser (tests/unit/islands/nextTokenSampler.test.ts).
 */
import { stateLogits, stateNumber, type UrlState } from '~/islands/shared/urlState';
import type { ValueLimits } from '~/islands/shared/limits';
import { limits } from './props';

export interface SamplerState {
  readonly logits: readonly number[];
  /** null when the link leaves it out (the widget keeps its own). */
  readonly temperature: number | null;
  readonly k: number | null;
  readonly p: number | null;
  /** Tokens drawn so far: 0 when the link names none. */
  readonly draws: number;
}

const KEYS = ['', 't', 'k', 'p', 'd'];

/** The logits field of a sampler of `n` tokens: exactly n values (the words are fixed). */
export const fieldLimitsFor = (n: number): ValueLimits => ({
  ...limits.logits,
  min: n,
  max: n,
  count: n,
});

/**
 * Reads a decoded state for a sampler of `n` tokens: undefined when anything does not fit
 * (not exactly n logits within the limits, a temperature out of range, k not a whole number
 * from 1 to n, p outside 0 < p ≤ 1, a count of draws that is not a whole number from 0 to
 * `limits.draws.max`, or an unknown key).
 * @example readSamplerState(decodeState('2,-1;k:1;d:3')!, 2)?.draws // 3
 */
export function readSamplerState(st: UrlState, n: number): SamplerState | undefined {
  for (const key of st.keys()) if (!KEYS.includes(key)) return undefined;
  const logits = stateLogits(st, fieldLimitsFor(n));
  const temperature = stateNumber(st, 't', limits.temperature);
  const k = stateNumber(st, 'k', { min: 1, max: n });
  const p = stateNumber(st, 'p', limits.pState);
  const d = stateNumber(st, 'd', limits.draws);
  if (!logits || logits.length !== n) return undefined;
  if (temperature === undefined || k === undefined || p === undefined || d === undefined)
    return undefined;
  if ((k !== null && !Number.isInteger(k)) || (d !== null && !Number.isInteger(d)))
    return undefined;
  return { logits, temperature, k, p, draws: d ?? 0 };
}

/**
 * The parts to encode (encodeState); the count of draws only once something is drawn.
 * @example encodeState(samplerParts([2, -1], 1, 2, 1, 0)) // '2,-1;t:1;k:2;p:1'
 * @example encodeState(samplerParts([2, -1], 1, 2, 1, 5)) // '2,-1;t:1;k:2;p:1;d:5'
 */
export function samplerParts(
  logits: readonly number[],
  temperature: number,
  k: number,
  p: number,
  draws: number,
): Record<string, readonly number[]> {
  return { '': logits, t: [temperature], k: [k], p: [p], ...(draws > 0 ? { d: [draws] } : {}) };
}
