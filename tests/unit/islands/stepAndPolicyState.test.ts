/**
 * The URL state of <StepByStep> (logits and the current step, StepByStep/state.ts) and of
 * <SoftmaxPolicy> (preferences, temperature and the counts of the draws, SoftmaxPolicy/state.ts):
 * what an island writes it reads back, and a tampered link is refused as a whole. Also
 * StepByStep's `step` prop, and shared/before.ts (boxes changed before hydration).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeState, encodeState } from '../../../src/islands/shared/urlState';
import { parseProps } from '../../../src/islands/shared/props';
import { DRAWS, LOGITS, TEMPERATURE } from '../../../src/islands/shared/limits';
import { readStepState, stepParts } from '../../../src/islands/StepByStep/state';
import * as StepByStep from '../../../src/islands/StepByStep/props';
import { policyParts, readPolicyState } from '../../../src/islands/SoftmaxPolicy/state';
import { changedBefore, checkedBefore } from '../../../src/islands/shared/before';

const read = <T>(reader: (s: NonNullable<ReturnType<typeof decodeState>>) => T, text: string) => {
  const s = decodeState(text);
  return s === undefined ? undefined : reader(s);
};

describe('StepByStep URL state', () => {
  it('round-trips the logits and the step (1-based in the link)', () => {
    const text = encodeState(stepParts([2, -1, 0.5], 2));
    expect(text).toBe('2,-1,0.5;s:3');
    expect(read(readStepState, text)).toEqual({ logits: [2, -1, 0.5], step: 2 });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 10 }),
        fc.integer({ min: 0, max: StepByStep.limits.step.max - 1 }),
        (z, step) => {
          expect(read(readStepState, encodeState(stepParts(z, step)))).toEqual({ logits: z, step });
        },
      ),
    );
  });
  it('keeps its own step when the link names none (links written before the step was kept)', () => {
    expect(read(readStepState, '0.5,1.5,-1')).toEqual({ logits: [0.5, 1.5, -1], step: null });
  });
  it('refuses a tampered step or an unknown key, whole', () => {
    for (const bad of [
      '2,-1;s:0',
      '2,-1;s:6',
      '2,-1;s:2.5',
      '2,-1;s:-1',
      '2,-1;s:1,2',
      '2,-1;s:1e6',
      '2,-1;t:1',
      '2;s:1',
      `${Array(LOGITS.max + 1)
        .fill(1)
        .join(',')};s:1`,
      '2,1001;s:1',
    ])
      expect(read(readStepState, bad), bad).toBeUndefined();
  });
  it('its step prop is a whole number from 1 to 5', () => {
    const parse = (props: unknown) =>
      parseProps('StepByStep', StepByStep.schema(), props, '/en/what-is-softmax/mechanical/');
    expect(parse({ step: 3 })).toEqual({ step: 3 });
    for (const step of [0, 6, 2.5])
      expect(() => parse({ step })).toThrow(
        /<StepByStep step=\{…\}> on .* must be a whole number from 1 to 5/,
      );
  });
});

describe('SoftmaxPolicy URL state', () => {
  it('writes the counts only once something is drawn, and reads them back', () => {
    expect(encodeState(policyParts([2, -1, 0.5], 1, [0, 0, 0]))).toBe('2,-1,0.5;t:1');
    const text = encodeState(policyParts([2, -1, 0.5], 0.5, [52, 3, 45]));
    expect(text).toBe('2,-1,0.5;t:0.5;c:52,3,45');
    expect(read(readPolicyState, text)).toEqual({
      preferences: [2, -1, 0.5],
      temperature: 0.5,
      counts: [52, 3, 45],
    });
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: Math.floor(DRAWS.max / 10) }), { minLength: 2, maxLength: 10 }),
        fc.double({ min: TEMPERATURE.min, max: TEMPERATURE.max, noNaN: true }),
        (counts, t) => {
          const h = counts.map((_, i) => i - 1);
          const back = read(readPolicyState, encodeState(policyParts(h, t, counts)));
          expect(back?.preferences).toEqual(h);
          expect(back?.counts).toEqual(counts);
          expect(back?.temperature).toBeCloseTo(t, 4);
        },
      ),
    );
  });
  it('starts from zero counts and its own temperature when the link names none', () => {
    expect(read(readPolicyState, '1,0.5,0')).toEqual({
      preferences: [1, 0.5, 0],
      temperature: null,
      counts: [0, 0, 0],
    });
  });
  it('takes a million draws in all, not one more', () => {
    expect(read(readPolicyState, `1,0;c:${DRAWS.max},0`)?.counts).toEqual([DRAWS.max, 0]);
    expect(read(readPolicyState, `1,0;c:${DRAWS.max},1`)).toBeUndefined();
  });
  it('refuses tampered counts, a bad temperature or an unknown key, whole', () => {
    for (const bad of [
      '1,0.5,0;c:1,2',
      '1,0.5,0;c:1,2,3,4',
      '1,0.5,0;c:1,-2,3',
      '1,0.5,0;c:1,2.5,3',
      '1,0.5,0;c:600000,600000,0',
      '1,0.5,0;t:0;c:1,2,3',
      '1,0.5,0;t:21',
      '1,0.5,0;n:5',
      '1;c:1',
    ])
      expect(read(readPolicyState, bad), bad).toBeUndefined();
  });
});

describe('controls changed before hydration', () => {
  it('reports the boxes whose state differs from what was rendered', () => {
    // Checkboxes: every box that changed, either way.
    expect(changedBefore([true, false, true], [false, true, true], true)).toEqual([
      [0, false],
      [1, true],
    ]);
    // Radios: only the one now chosen (the one unchosen follows from it).
    expect(changedBefore([true, false, false], [false, false, true], false)).toEqual([[2, true]]);
    // Nothing changed, nothing read (server), or a box not found.
    expect(changedBefore([true, false], [true, false], true)).toEqual([]);
    expect(changedBefore([true, false], undefined, true)).toEqual([]);
    expect(changedBefore([true, false], [undefined, true], true)).toEqual([[1, true]]);
  });
  it('reads nothing without a document (on the server)', () => {
    expect(checkedBefore(['a', 'b'])).toBeUndefined();
  });
});
