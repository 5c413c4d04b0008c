import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
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

describe('softmax: reference cases', () => {
  test.each(ref.cases.map((c) => [c.name, c] as const))(
    'matches %s within the error model',
    (_, c) => {
      const p = softmax(c.logits, temperatureOf(c));
      const m = errorModel(c.logits, c.temperature, c.softmax);
      expectAllClose(p, c.softmax, (i) => m.softmax(i), c.name);
    },
  );

  test.each(ref.cases.filter((c) => c.shiftOf).map((c) => [c.name, c] as const))(
    'gives bit-identical probabilities for the exact shift %s',
    (_, c) => {
      const base = ref.cases.find((b) => b.name === c.shiftOf);
      expect(base).toBeDefined();
      expect(softmax(c.logits)).toEqual(softmax(base!.logits));
    },
  );
});

describe('softmax: large generated cases', () => {
  test.each(ref.large.map((c) => [c.name, c] as const))('matches the summary of %s', (_, c) => {
    const x = generateLogits(c.generator);
    expect(Array.from(x.subarray(0, c.firstLogits.length))).toEqual(c.firstLogits);
    const p = softmax(x);
    const m = errorModel(x, undefined, p);
    let sum = 0;
    let maxP = 0;
    for (const v of p) {
      sum += v;
      if (v > maxP) maxP = v;
    }
    expectClose(sum, c.summary.sumProb, m.sumProb(), 'sumProb');
    expectClose(maxP, c.summary.maxProb, m.softmax(c.summary.argmax), 'maxProb');
    for (const [i, e] of Object.entries(c.summary.probAt))
      expectClose(p[Number(i)], e, m.softmax(Number(i)), `p[${i}]`);
  });
});

describe('softmax: conventions from the reference', () => {
  test.each(conventionsFor('softmax').map((c) => [conventionTitle(c), c] as const))(
    '%s',
    (_, c) => {
      expectConvention(c, () =>
        softmax(c.args.logits as number[], temperatureOf(c.args as { temperature?: number })),
      );
    },
  );
});

describe('softmax: conventions', () => {
  test('returns NaN everywhere when any logit is NaN', () => {
    expect(softmax([1, NaN, 3]).every(Number.isNaN)).toBe(true);
  });
  test('returns NaN everywhere when a logit is +Infinity', () => {
    expect(softmax([Infinity, 0, 1]).every(Number.isNaN)).toBe(true);
  });
  test('gives probability 0 to −Infinity (masked) entries', () => {
    expect(softmax([0, -Infinity, 0])).toEqual([0.5, 0, 0.5]);
  });
  test('returns NaN everywhere when all logits are −Infinity', () => {
    expect(softmax([-Infinity, -Infinity]).every(Number.isNaN)).toBe(true);
  });
  test('returns an empty array for empty input', () => {
    expect(softmax([])).toEqual([]);
  });
  test('returns [1] for a single logit, however large', () => {
    expect(softmax([-1e300])).toEqual([1]);
    expect(softmax([Number.MAX_VALUE])).toEqual([1]);
  });
  test('does not overflow for ±Number.MAX_VALUE', () => {
    expect(softmax([Number.MAX_VALUE, -Number.MAX_VALUE])).toEqual([1, 0]);
  });
  test.each([0, -1, NaN, Infinity, -Infinity])('throws a RangeError for temperature %s', (t) => {
    expect(() => softmax([1, 2], { temperature: t })).toThrow(RangeError);
  });
  test('reaches the exact one-hot limit, uniform over ties, for a tiny temperature', () => {
    expect(softmax([1, 2, 2], { temperature: 1e-310 })).toEqual([0, 0.5, 0.5]);
    expect(softmax([3, 2, 1], { temperature: 5e-324 })).toEqual([1, 0, 0]);
  });
  test('treats an omitted temperature as 1', () => {
    expect(softmax([2, -1, 0.5], {})).toEqual(softmax([2, -1, 0.5], { temperature: 1 }));
    expect(softmax([2, -1, 0.5], { temperature: undefined })).toEqual(softmax([2, -1, 0.5]));
  });
  test('accepts a Float64Array and returns a plain array', () => {
    const p = softmax(new Float64Array([2, -1, 0.5]));
    expect(Array.isArray(p)).toBe(true);
    expect(p).toEqual(softmax([2, -1, 0.5]));
  });
  test('handles 200 000 logits without a call-stack overflow', () => {
    const x = new Float64Array(200_000).map((_, i) => Math.sin(i));
    const p = softmax(x);
    expect(p).toHaveLength(200_000);
    expect(p.every((v) => v > 0 && v < 1)).toBe(true);
  });
  test('does not modify its input', () => {
    const x = [2, -1, 0.5];
    softmax(x, { temperature: 0.5 });
    expect(x).toEqual([2, -1, 0.5]);
  });
});

const logitsArb = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), {
  minLength: 1,
  maxLength: 24,
});
/** Multiples of 1/8: adding an integer shift is exact, so the shift test can be bit-exact. */
const dyadicArb = fc.array(
  fc.integer({ min: -400, max: 400 }).map((k) => k / 8),
  { minLength: 1, maxLength: 24 },
);

describe('softmax: properties', () => {
  test('probabilities sum to 1 within the n·ε bound', () => {
    fc.assert(
      fc.property(logitsArb, (x) => {
        const p = softmax(x);
        const sum = p.reduce((a, b) => a + b, 0);
        return (
          Math.abs(sum - 1) <= errorModel(x, undefined, p).sumProb() &&
          p.every((v) => v >= 0 && v <= 1)
        );
      }),
    );
  });
  test('is invariant under adding a constant to every logit', () => {
    fc.assert(
      fc.property(dyadicArb, fc.integer({ min: -100_000, max: 100_000 }), (x, c) => {
        expect(softmax(x.map((v) => v + c))).toEqual(softmax(x));
      }),
    );
  });
  test('is invariant under a shift with any temperature, within tolerance', () => {
    fc.assert(
      fc.property(
        logitsArb,
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        (x, c, t) => {
          const a = softmax(x, { temperature: t });
          const b = softmax(
            x.map((v) => v + c),
            { temperature: t },
          );
          // x + c rounds by u·|x + c|, amplified by exp after the division by t.
          for (let i = 0; i < x.length; i++) {
            expect(Math.abs((a[i] as number) - (b[i] as number))).toBeLessThanOrEqual(
              1e-12 * (a[i] as number) * (1 + 2000 / t) + 1e-300,
            );
          }
        },
      ),
    );
  });
  test('preserves the order of the logits', () => {
    fc.assert(
      fc.property(logitsArb, fc.double({ min: 0.05, max: 20, noNaN: true }), (x, t) => {
        const p = softmax(x, { temperature: t });
        for (let i = 0; i < x.length; i++) {
          for (let j = 0; j < x.length; j++) {
            if ((x[i] as number) < (x[j] as number) && !((p[i] as number) <= (p[j] as number)))
              return false;
            if (x[i] === x[j] && p[i] !== p[j]) return false;
          }
        }
        return true;
      }),
    );
  });
});
