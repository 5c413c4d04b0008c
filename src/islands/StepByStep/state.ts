/**
 * <StepByStep>'s URL state: the logits (the bare part) and the current step, 1-based as the
 * widget shows it (`s:3` is "Step 3 of 5"), e.g. `?steps=2,-1,0.5;s:3`. Pure, so the unit tests
 * check it without a browser (tests/unit/islands/stepState.test.ts).
 */
import { stateIndex, stateLogits, type UrlState } from '~/islands/shared/urlState';
import { limits } from './props';

export interface StepState {
  readonly logits: readonly number[];
  /** 0-based; null when the link names no step (the widget keeps its own). */
  readonly step: number | null;
}

/**
 * Reads a decoded state: undefined when anything does not fit (logits outside the limits, a step
 * that is not a whole number from 1 to 5, an unknown key).
 * @example readStepState(decodeState('2,-1,0.5;s:3')!)?.step // 2
 */
export function readStepState(st: UrlState): StepState | undefined {
  for (const key of st.keys()) if (key !== '' && key !== 's') return undefined;
  const logits = stateLogits(st, limits.logits);
  const step = stateIndex(st, 's', limits.step.max);
  if (!logits || step === undefined) return undefined;
  return { logits, step };
}

/**
 * The parts to encode (encodeState) for these logits at this 0-based step.
 * @example encodeState(stepParts([2, -1], 2)) // '2,-1;s:3'
 */
export function stepParts(
  logits: readonly number[],
  step: number,
): Record<string, readonly number[]> {
  return { '': logits, s: [step + 1] };
}
