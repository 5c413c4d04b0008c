import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { logSumExp } from '../../../../src/lib/math/logSumExp';
import { softmaxState } from '../../../../src/lib/math/softmaxState';
import { errorModel, expectClose, reference, U } from './reference';

const ref = reference();

describe('softmaxState: reference cases', () => {
  test.each(ref.cases.filter((c) => c.temperature === undefined).map((c) => [c.name, c] as const))(
    'gives m + log l = logSumExp for %s within the error model',
    (_, c) => {
      const s = softmaxState(c.logits);
      const m = errorModel(c.logits, undefined, c.softmax);
      expectClose(s.m + Math.log(s.l), c.logSumExp, m.logSumExp(c.logSumExp), c.name);
      expect(s.m).toBe(Math.max(...c.logits));
    },
  );
});

describe('softmaxState: conventions', () => {
  test('gives the empty state {m: −Infinity, l: 0} for no logits or only masked ones', () => {
    expect(softmaxState([])).toEqual({ m: -Infinity, l: 0 });
    expect(softmaxState([-Infinity, -Infinity])).toEqual({ m: -Infinity, l: 0 });
  });
  test('gives {m: NaN, l: NaN} for any NaN, even next to +Infinity', () => {
    expect(softmaxState([1, NaN])).toEqual({ m: NaN, l: NaN });
    expect(softmaxState([Infinity, NaN])).toEqual({ m: NaN, l: NaN });
  });
  test('gives {m: Infinity, l: NaN} for a +Infinity logit', () => {
    expect(softmaxState([0, Infinity])).toEqual({ m: Infinity, l: NaN });
  });
  test('counts the maximum as exactly 1 and masked entries as 0', () => {
    expect(softmaxState([3, -Infinity])).toEqual({ m: 3, l: 1 });
    expect(softmaxState([Number.MAX_VALUE, -Number.MAX_VALUE])).toEqual({
      m: Number.MAX_VALUE,
      l: 1,
    });
  });
  test('accepts a Float64Array', () => {
    expect(softmaxState(new Float64Array([2, -1, 0.5]))).toEqual(softmaxState([2, -1, 0.5]));
  });
});

describe('softmaxState: properties', () => {
  test('has 1 ≤ l ≤ n and m + log l = logSumExp', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (x) => {
          const s = softmaxState(x);
          expect(s.l).toBeGreaterThanOrEqual(1);
          expect(s.l).toBeLessThanOrEqual(x.length * (1 + 4 * U));
          expectClose(
            s.m + Math.log(s.l),
            logSumExp(x),
            8 * U * (Math.abs(s.m) + x.length),
            'm + log l',
          );
        },
      ),
    );
  });
});
