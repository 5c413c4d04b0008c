import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { logSumExp } from '../../../../src/lib/math/logSumExp';
import { softmax } from '../../../../src/lib/math/softmax';
import {
  conventionsFor,
  conventionTitle,
  errorModel,
  expectClose,
  expectConvention,
  generateLogits,
  reference,
  temperatureOf,
} from './reference';

const ref = reference();

describe('logSumExp: reference cases', () => {
  test.each(ref.cases.map((c) => [c.name, c] as const))(
    'matches %s within the error model',
    (_, c) => {
      const m = errorModel(c.logits, c.temperature, c.softmax);
      expectClose(
        logSumExp(c.logits, temperatureOf(c)),
        c.logSumExp,
        m.logSumExp(c.logSumExp),
        c.name,
      );
    },
  );
});

describe('logSumExp: large generated cases', () => {
  test.each(ref.large.map((c) => [c.name, c] as const))('matches the summary of %s', (_, c) => {
    const x = generateLogits(c.generator);
    const m = errorModel(x, undefined, softmax(x));
    expectClose(logSumExp(x), c.summary.logSumExp, m.logSumExp(c.summary.logSumExp), 'logSumExp');
  });
});

describe('logSumExp: conventions from the reference', () => {
  test.each(conventionsFor('logSumExp').map((c) => [conventionTitle(c), c] as const))(
    '%s',
    (_, c) => {
      expectConvention(c, () => logSumExp(c.args.logits as number[]));
    },
  );
});

describe('logSumExp: conventions', () => {
  test('returns −Infinity for empty input', () => {
    expect(logSumExp([])).toBe(-Infinity);
  });
  test('returns −Infinity when all logits are −Infinity', () => {
    expect(logSumExp([-Infinity, -Infinity])).toBe(-Infinity);
  });
  test('returns +Infinity when a logit is +Infinity', () => {
    expect(logSumExp([Infinity, 0, Infinity])).toBe(Infinity);
  });
  test('returns NaN when any logit is NaN, even next to +Infinity', () => {
    expect(logSumExp([1, NaN])).toBeNaN();
    expect(logSumExp([Infinity, NaN])).toBeNaN();
  });
  test('does not overflow for huge logits', () => {
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logSumExp([Number.MAX_VALUE, 0])).toBe(Number.MAX_VALUE);
  });
  test('uses the scaled logits with a temperature (max/T + log S)', () => {
    expect(logSumExp([2, 2], { temperature: 0.5 })).toBeCloseTo(4 + Math.LN2, 14);
  });
  test('throws a RangeError for an invalid temperature', () => {
    expect(() => logSumExp([1], { temperature: 0 })).toThrow(RangeError);
  });
});

describe('logSumExp: properties', () => {
  const arb = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), {
    minLength: 1,
    maxLength: 16,
  });
  test('lies between max and max + log n', () => {
    fc.assert(
      fc.property(arb, (x) => {
        const m = x.reduce((a, b) => Math.max(a, b), -Infinity);
        const l = logSumExp(x);
        return l >= m && l <= m + Math.log(x.length) + 1e-12 * (1 + Math.abs(m));
      }),
    );
  });
  test('shifts with the logits: LSE(x + c) = LSE(x) + c', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: -800, max: 800 }).map((k) => k / 8),
          { minLength: 1, maxLength: 16 },
        ),
        fc.integer({ min: -1e5, max: 1e5 }),
        (x, c) => {
          expectClose(
            logSumExp(x.map((v) => v + c)),
            logSumExp(x) + c,
            1e-15 * (Math.abs(c) + 200),
            'shifted LSE',
          );
        },
      ),
    );
  });
});
