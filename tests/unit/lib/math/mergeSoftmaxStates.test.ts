import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mergeSoftmaxStates } from '../../../../src/lib/math/mergeSoftmaxStates';
import { softmaxState, type SoftmaxState } from '../../../../src/lib/math/softmaxState';
import { U } from './reference';

const EMPTY: SoftmaxState = { m: -Infinity, l: 0 };
const blockArb = fc.array(
  fc.oneof(fc.double({ min: -60, max: 60, noNaN: true }), fc.constant(-Infinity)),
  {
    maxLength: 12,
  },
);
const stateArb = blockArb.map(softmaxState);

/** Same m, and l within a relative tolerance (both empty states count as equal). */
const closeStates = (a: SoftmaxState, b: SoftmaxState, rel: number): boolean =>
  Object.is(a.m, b.m) && (a.l === b.l || Math.abs(a.l - b.l) <= rel * Math.max(a.l, b.l));

describe('mergeSoftmaxStates: reference cases', () => {
  test('merges the states of [2] and [−1, 0.5] into the state of [2, −1, 0.5]', () => {
    const merged = mergeSoftmaxStates(softmaxState([2]), softmaxState([-1, 0.5]));
    expect(merged.m).toBe(2);
    expect(Math.abs(merged.l - (1 + Math.exp(-3) + Math.exp(-1.5)))).toBeLessThanOrEqual(
      4 * U * merged.l,
    );
  });
  test('rescales the block with the smaller maximum by e^(m_small − m_big), exactly once', () => {
    expect(mergeSoftmaxStates({ m: 0, l: 3 }, { m: 1, l: 2 })).toEqual({
      m: 1,
      l: 2 + 3 * Math.exp(-1),
    });
  });
});

describe('mergeSoftmaxStates: conventions', () => {
  test('has the empty state {m: −Infinity, l: 0} as identity', () => {
    expect(mergeSoftmaxStates(EMPTY, { m: 3, l: 1.5 })).toEqual({ m: 3, l: 1.5 });
    expect(mergeSoftmaxStates({ m: -2, l: 1 }, EMPTY)).toEqual({ m: -2, l: 1 });
  });
  test('merges two empty states into the empty state, not NaN (e^(−∞ + ∞))', () => {
    expect(mergeSoftmaxStates(EMPTY, EMPTY)).toEqual(EMPTY);
  });
  test('lets a NaN state absorb everything, then a +Infinity state', () => {
    expect(mergeSoftmaxStates({ m: NaN, l: NaN }, { m: Infinity, l: NaN })).toEqual({
      m: NaN,
      l: NaN,
    });
    expect(mergeSoftmaxStates({ m: 1, l: 1 }, { m: Infinity, l: NaN })).toEqual({
      m: Infinity,
      l: NaN,
    });
    expect(mergeSoftmaxStates(EMPTY, { m: NaN, l: NaN })).toEqual({ m: NaN, l: NaN });
  });
  test('does not overflow for maxima far apart', () => {
    expect(mergeSoftmaxStates({ m: 1e308, l: 1 }, { m: -1e308, l: 1 })).toEqual({ m: 1e308, l: 1 });
  });
});

describe('mergeSoftmaxStates: properties', () => {
  test('is commutative, bit for bit', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        expect(mergeSoftmaxStates(a, b)).toEqual(mergeSoftmaxStates(b, a));
      }),
    );
  });
  test('is associative within a few ulps of l', () => {
    fc.assert(
      fc.property(stateArb, stateArb, stateArb, (a, b, c) => {
        const left = mergeSoftmaxStates(mergeSoftmaxStates(a, b), c);
        const right = mergeSoftmaxStates(a, mergeSoftmaxStates(b, c));
        return closeStates(left, right, 8 * U);
      }),
    );
  });
  test('gives the state of the concatenated blocks, within the summation error', () => {
    fc.assert(
      fc.property(blockArb, blockArb, (x, y) => {
        const n = x.length + y.length;
        return closeStates(
          mergeSoftmaxStates(softmaxState(x), softmaxState(y)),
          softmaxState([...x, ...y]),
          (2 * n + 8) * U,
        );
      }),
    );
  });
});
