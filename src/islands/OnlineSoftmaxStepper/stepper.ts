/**
 * What <OnlineSoftmaxStepper> shows, computed in one place (pure, tested in
 * tests/unit/islands/onlineSoftmaxStepper.test.ts): the scores read block by block with the
 * library's softmaxState and mergeSoftmaxStates, each step's rescale factors, the partial result
 * after each block (onlineSoftmax and onlineSoftmaxWeightedSum of the scores read so far), and the
 * final comparison with the two-pass softmax. Also the widget's URL state.
 */
import {
  dot,
  mergeSoftmaxStates,
  onlineSoftmax,
  onlineSoftmaxWeightedSum,
  softmax,
  softmaxState,
  type SoftmaxState,
} from '../../lib/math';
import { stateNumber, type UrlState } from '~/islands/shared/urlState';
import { limits } from './props';

/** The state before anything is read: m = −∞, ℓ = 0 (the identity of the merge). */
export const EMPTY_STATE: SoftmaxState = { m: -Infinity, l: 0 };

/** The unnormalised weighted sum õ = Σ e^(z_i − m) v_i, before and after one block, and o = õ / ℓ. */
export interface OutputStep {
  /** The block's own õ_b (relative to its own maximum m_b). */
  readonly block: number;
  readonly before: number;
  readonly after: number;
  /** o = õ / ℓ after the merge: the weighted sum over the scores read so far. */
  readonly o: number;
}

/** One block folded into the running state. */
export interface Step {
  /** 0-based position of the block's first score, and one past its last. */
  readonly start: number;
  readonly end: number;
  /** The block's own state (m_b, ℓ_b). */
  readonly own: SoftmaxState;
  /** The running state before and after the merge. */
  readonly before: SoftmaxState;
  readonly after: SoftmaxState;
  /** e^(m_old − m_new), the factor on the old sum; 0 for the first block (nothing before). */
  readonly oldScale: number;
  /** e^(m_b − m_new), the factor on the block's own sum. */
  readonly blockScale: number;
  /**
   * What happened to the old sum: first block (nothing before), kept (its factor is exactly 1: the
   * maximum did not change, or by less than the factor can show), or rescaled (the maximum rose).
   */
  readonly kind: 'first' | 'kept' | 'raised';
  /** Softmax of the scores read so far (z_1 … z_end), from the running state. */
  readonly partial: readonly number[];
  /** With values: the weighted sum's update. */
  readonly output?: OutputStep | undefined;
}

/** The whole run and the comparison with the two-pass result. */
export interface Run {
  readonly steps: readonly Step[];
  /** onlineSoftmax(scores, block) and softmax(scores). */
  readonly online: readonly number[];
  readonly twoPass: readonly number[];
  /** Largest |online_i − twoPass_i|. */
  readonly maxDiff: number;
  /** With values: the online weighted sum, the two-pass one (softmax · v) and their difference. */
  readonly output?: { readonly online: number; readonly twoPass: number; readonly diff: number };
}

const rowsOf = (v: readonly number[]) => v.map((x) => [x]);

/**
 * The online softmax of `scores` in blocks of `block`, step by step (and of the weighted sum of
 * `values` when given, one value per score).
 * @example stepperRun([1, 3, 2, 5], 2).steps[1]?.oldScale // e^(3 − 5) = 0.1353352832366127
 */
export function stepperRun(
  scores: readonly number[],
  block: number,
  values?: readonly number[],
): Run {
  const n = scores.length;
  const b = Math.max(1, Math.min(n, Math.round(block)));
  const withValues = values !== undefined && values.length === n;
  const steps: Step[] = [];
  let state = EMPTY_STATE;
  let tilde = 0;
  for (let start = 0; start < n; start += b) {
    const end = Math.min(n, start + b);
    const own = softmaxState(scores.slice(start, end));
    const after = mergeSoftmaxStates(state, own);
    const first = state.m === -Infinity;
    const oldScale = first ? 0 : Math.exp(state.m - after.m);
    const blockScale = Math.exp(own.m - after.m);
    const prefix = scores.slice(0, end);
    let output: OutputStep | undefined;
    if (withValues) {
      const v = values.slice(0, end);
      // The library's normalised results, times their sums, give the unnormalised õ.
      const ownTilde =
        (onlineSoftmaxWeightedSum(scores.slice(start, end), rowsOf(v.slice(start)), b)[0] ?? 0) *
        own.l;
      const o = onlineSoftmaxWeightedSum(prefix, rowsOf(v), b)[0] ?? 0;
      output = { block: ownTilde, before: tilde, after: o * after.l, o };
      tilde = o * after.l;
    }
    steps.push({
      start,
      end,
      own,
      before: state,
      after,
      oldScale,
      blockScale,
      kind: first ? 'first' : oldScale === 1 ? 'kept' : 'raised',
      partial: onlineSoftmax(prefix, b),
      output,
    });
    state = after;
  }
  const online = onlineSoftmax(scores, b);
  const twoPass = softmax(scores);
  const maxDiff = online.reduce((d, p, i) => Math.max(d, Math.abs(p - (twoPass[i] ?? 0))), 0);
  let output: Run['output'];
  if (withValues) {
    const o = onlineSoftmaxWeightedSum(scores, rowsOf(values), b)[0] ?? 0;
    const two = dot(twoPass, values);
    output = { online: o, twoPass: two, diff: Math.abs(o - two) };
  }
  return { steps, online, twoPass, maxDiff, output };
}

/** Number of blocks of `block` scores in `n` scores. */
export const blockCount = (n: number, block: number) => Math.ceil(n / Math.max(1, block));

/** The widget's shareable state. */
export interface StepperState {
  readonly scores: readonly number[];
  readonly block: number;
  /** Blocks merged so far (0 … blockCount). */
  readonly done: number;
  readonly values?: readonly number[] | undefined;
}

/**
 * The URL state: the scores bare, then `b:` the block size, `s:` the blocks merged, `v:` the values.
 * Written with the shared encoder (a point and commas whatever the language).
 */
export function stepperParts(s: StepperState): Record<string, readonly number[]> {
  return {
    '': s.scores,
    b: [s.block],
    s: [s.done],
    ...(s.values ? { v: s.values } : {}),
  };
}

const whole = (x: number | null | undefined) =>
  x === null || (x !== undefined && Number.isInteger(x));

/**
 * Reads a decoded URL state: undefined when anything does not fit (scores outside the limits, a
 * block size or a step that is not a whole number in range, values of another length, values for
 * a widget that has none, an unknown key). Absent `b` and `s` keep `fallback`'s.
 * @example readStepperState(decodeState('1,2,3;b:2;s:1')!, { block: 2, done: 0 })?.done // 1
 */
export function readStepperState(
  st: UrlState,
  fallback: { readonly block: number; readonly done: number; readonly values?: readonly number[] },
): StepperState | undefined {
  for (const key of st.keys()) if (!['', 'b', 's', 'v'].includes(key)) return undefined;
  const scores = st.get('');
  const { min, max, maxAbs } = limits.scores;
  if (!scores || scores.length < min || scores.length > max) return undefined;
  if (scores.some((x) => !(Math.abs(x) <= maxAbs))) return undefined;
  const n = scores.length;
  const block = stateNumber(st, 'b', { min: 1, max: n });
  if (!whole(block)) return undefined;
  const b = block ?? Math.min(fallback.block, n);
  const done = stateNumber(st, 's', { min: 0, max: blockCount(n, b) });
  if (!whole(done)) return undefined;
  const v = st.get('v');
  let values = fallback.values;
  if (v !== undefined) {
    if (fallback.values === undefined || v.length !== n) return undefined;
    if (v.some((x) => !(Math.abs(x) <= limits.values.maxAbs))) return undefined;
    values = v;
  } else if (values !== undefined) values = resize(values, n);
  return { scores, block: b, done: done ?? Math.min(fallback.done, blockCount(n, b)), values };
}

/**
 * The values kept when the number of scores changes: the first n, padded with zeros.
 * @example resize([1, 2, 3], 4) // [1, 2, 3, 0]
 */
export function resize(values: readonly number[], n: number): number[] {
  return Array.from({ length: n }, (_, i) => values[i] ?? 0);
}
