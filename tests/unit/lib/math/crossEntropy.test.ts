import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { crossEntropy } from '../../../../src/lib/math/crossEntropy';
import { logSoftmax } from '../../../../src/lib/math/logSoftmax';
import { softmax } from '../../../../src/lib/math/softmax';
import {
  conventionsFor,
  conventionTitle,
  errorModel,
  expectClose,
  expectConvention,
  generateLogits,
  reference,
  targetOf,
  temperatureOf,
} from './reference';

const ref = reference();
const withTarget = ref.cases.filter((c) => c.crossEntropy !== undefined);

describe('crossEntropy: reference cases', () => {
  test('the reference has cases with class-index and with distribution targets', () => {
    expect(withTarget.some((c) => c.target !== undefined)).toBe(true);
    expect(withTarget.some((c) => c.targetDistribution !== undefined)).toBe(true);
  });
  test.each(withTarget.map((c) => [c.name, c] as const))(
    'matches %s within the error model',
    (_, c) => {
      const m = errorModel(c.logits, c.temperature, c.softmax);
      const ce = crossEntropy(c.logits, targetOf(c)!, temperatureOf(c));
      const expected = c.crossEntropy!;
      const tol =
        c.target !== undefined
          ? m.crossEntropyIndex(c.target, c.logSoftmax[c.target]!)
          : m.crossEntropyDistribution(c.targetDistribution!, c.logSoftmax, expected);
      expectClose(ce, expected, Number.isFinite(expected) ? tol : 0, c.name);
    },
  );
  test.each(ref.large.map((c) => [c.name, c] as const))('matches the summary of %s', (_, c) => {
    const x = generateLogits(c.generator);
    const m = errorModel(x, undefined, softmax(x));
    const e = c.summary.crossEntropy;
    expectClose(crossEntropy(x, c.target), e, m.crossEntropyIndex(c.target, -e), 'crossEntropy');
  });
});

describe('crossEntropy: conventions from the reference', () => {
  test.each(conventionsFor('crossEntropy').map((c) => [conventionTitle(c), c] as const))(
    '%s',
    (_, c) => {
      expectConvention(c, () =>
        crossEntropy(c.args.logits as number[], c.args.target as number | number[]),
      );
    },
  );
});

describe('crossEntropy: conventions', () => {
  test('is computed in the log domain (log S − d_t), so a tiny probability still gives a finite loss', () => {
    expect(crossEntropy([0, -1000], 1)).toBe(1000);
  });
  test('returns +Infinity when the target logit is −Infinity', () => {
    expect(crossEntropy([2, -Infinity, 0.5], 1)).toBe(Infinity);
  });
  test('returns NaN when a logit is NaN or +Infinity', () => {
    expect(crossEntropy([1, NaN], 0)).toBeNaN();
    expect(crossEntropy([Infinity, 0], 1)).toBeNaN();
  });
  test('skips zero-weight classes of a distribution, even when masked', () => {
    expect(crossEntropy([0, -Infinity], [1, 0])).toBe(0);
  });
  test('throws a RangeError for a class index out of range, negative or not an integer', () => {
    for (const t of [2, -1, 0.5, NaN]) expect(() => crossEntropy([1, 2], t)).toThrow(RangeError);
  });
  test('throws a RangeError for a distribution of the wrong length', () => {
    expect(() => crossEntropy([1, 2], [0.5, 0.25, 0.25])).toThrow(RangeError);
  });
  test('throws a RangeError for an invalid temperature', () => {
    expect(() => crossEntropy([1, 2], 0, { temperature: -1 })).toThrow(RangeError);
  });
  test('is 0 for a single class', () => {
    expect(crossEntropy([-1e300], 0)).toBe(0);
  });
});

describe('crossEntropy: properties', () => {
  const arb = fc.array(fc.double({ min: -40, max: 40, noNaN: true }), {
    minLength: 1,
    maxLength: 12,
  });
  test('equals −logSoftmax at the target and is never negative', () => {
    fc.assert(
      fc.property(arb, fc.nat(), (x, k) => {
        const t = k % x.length;
        const ce = crossEntropy(x, t);
        expect(ce).toBeGreaterThanOrEqual(0);
        expectClose(ce, -logSoftmax(x)[t]!, 1e-14 * (1 + ce), 'ce');
      }),
    );
  });
  test('with a one-hot distribution equals the class-index form', () => {
    fc.assert(
      fc.property(arb, fc.nat(), (x, k) => {
        const t = k % x.length;
        const y = x.map((_, i) => (i === t ? 1 : 0));
        return crossEntropy(x, y) === crossEntropy(x, t);
      }),
    );
  });
});
