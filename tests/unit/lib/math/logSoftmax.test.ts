import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { logSoftmax } from '../../../../src/lib/math/logSoftmax';
import { softmax } from '../../../../src/lib/math/softmax';
import {
  conventionsFor,
  conventionTitle,
  errorModel,
  expectAllClose,
  expectClose,
  expectConvention,
  generateLogits,
  reference,
  temperatureOf,
} from './reference';

const ref = reference();

describe('logSoftmax: reference cases', () => {
  test.each(ref.cases.map((c) => [c.name, c] as const))(
    'matches %s within the error model',
    (_, c) => {
      const m = errorModel(c.logits, c.temperature, c.softmax);
      expectAllClose(
        logSoftmax(c.logits, temperatureOf(c)),
        c.logSoftmax,
        (i, e) => m.logSoftmax(i, e),
        c.name,
      );
    },
  );
});

describe('logSoftmax: large generated cases', () => {
  test.each(ref.large.map((c) => [c.name, c] as const))('matches logSoftmaxAt of %s', (_, c) => {
    const x = generateLogits(c.generator);
    const l = logSoftmax(x);
    const m = errorModel(x, undefined, softmax(x));
    for (const [i, e] of Object.entries(c.summary.logSoftmaxAt))
      expectClose(l[Number(i)], e, m.logSoftmax(Number(i), e), `l[${i}]`);
  });
});

describe('logSoftmax: conventions from the reference', () => {
  test.each(conventionsFor('logSoftmax').map((c) => [conventionTitle(c), c] as const))(
    '%s',
    (_, c) => {
      expectConvention(c, () =>
        logSoftmax(c.args.logits as number[], temperatureOf(c.args as { temperature?: number })),
      );
    },
  );
});

describe('logSoftmax: conventions', () => {
  test('returns NaN everywhere when any logit is NaN', () => {
    expect(logSoftmax([1, NaN, 3]).every(Number.isNaN)).toBe(true);
  });
  test('returns NaN everywhere (never a mix with −Infinity) when a logit is +Infinity', () => {
    expect(logSoftmax([Infinity, 0, 1]).every(Number.isNaN)).toBe(true);
  });
  test('returns −Infinity for masked (−Infinity) entries and finite values elsewhere', () => {
    expect(logSoftmax([0, -Infinity, 0])).toEqual([-Math.LN2, -Infinity, -Math.LN2]);
  });
  test('returns NaN everywhere when all logits are −Infinity', () => {
    expect(logSoftmax([-Infinity, -Infinity]).every(Number.isNaN)).toBe(true);
  });
  test('returns an empty array for empty input', () => {
    expect(logSoftmax([])).toEqual([]);
  });
  test('stays finite where the probability underflows (never log of softmax)', () => {
    expect(logSoftmax([0, -1000])).toEqual([0, -1000]);
  });
  test('throws a RangeError for a temperature that is not a finite number > 0', () => {
    for (const t of [0, -2, NaN, Infinity])
      expect(() => logSoftmax([1, 2], { temperature: t })).toThrow(RangeError);
  });
});

describe('logSoftmax: properties', () => {
  test('exponentiates to softmax', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -30, max: 30, noNaN: true }), { minLength: 1, maxLength: 16 }),
        (x) => {
          const l = logSoftmax(x);
          const p = softmax(x);
          l.forEach((v, i) =>
            expect(Math.abs(Math.exp(v) - (p[i] as number))).toBeLessThanOrEqual(
              1e-13 * (p[i] as number) + 1e-300,
            ),
          );
        },
      ),
    );
  });
  test('is never positive', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 16 }),
        (x) => logSoftmax(x).every((v) => v <= 0),
      ),
    );
  });
});
