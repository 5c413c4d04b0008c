import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { softmax } from '../../../../src/lib/math/softmax';
import { softmaxJacobian } from '../../../../src/lib/math/softmaxJacobian';
import {
  conventionsFor,
  conventionTitle,
  errorModel,
  expectClose,
  expectConvention,
  reference,
  temperatureOf,
} from './reference';

const ref = reference();

describe('softmaxJacobian: reference cases', () => {
  test.each(ref.cases.filter((c) => c.jacobian).map((c) => [c.name, c] as const))(
    'matches %s within the error model',
    (_, c) => {
      const m = errorModel(c.logits, c.temperature, c.softmax);
      const J = softmaxJacobian(softmax(c.logits, temperatureOf(c)));
      expect(J).toHaveLength(c.n);
      c.jacobian!.forEach((row, i) =>
        row.forEach((e, j) =>
          expectClose(J[i]![j], e, m.jacobian(i, j), `${c.name} J[${i}][${j}]`),
        ),
      );
    },
  );
});

describe('softmaxJacobian: conventions from the reference', () => {
  test.each(conventionsFor('jacobian').map((c) => [conventionTitle(c), c] as const))(
    '%s',
    (_, c) => {
      expectConvention(c, () => softmaxJacobian(softmax(c.args.logits as number[])));
    },
  );
});

describe('softmaxJacobian: conventions', () => {
  test('returns [] for empty input', () => {
    expect(softmaxJacobian([])).toEqual([]);
  });
  test('returns [[0]] for a single class', () => {
    expect(softmaxJacobian([1])).toEqual([[0]]);
  });
  test('is p_i(δ_ij − p_j)', () => {
    expect(softmaxJacobian([0.5, 0.5])).toEqual([
      [0.25, -0.25],
      [-0.25, 0.25],
    ]);
  });
});

describe('softmaxJacobian: properties', () => {
  const arb = fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 8 });
  test('is symmetric and its rows sum to 0', () => {
    fc.assert(
      fc.property(arb, (x) => {
        const p = softmax(x);
        const J = softmaxJacobian(p);
        const n = x.length;
        for (let i = 0; i < n; i++) {
          let s = 0;
          for (let j = 0; j < n; j++) {
            expect(J[i]![j]).toBe(J[j]![i]);
            s += J[i]![j]!;
          }
          expect(Math.abs(s)).toBeLessThanOrEqual(8 * (n + 2) * 2 ** -53 * p[i]! + 1e-300);
        }
      }),
    );
  });
  test('matches central finite differences of softmax', () => {
    fc.assert(
      fc.property(arb, (x) => {
        const J = softmaxJacobian(softmax(x));
        const h = 1e-5;
        for (let j = 0; j < x.length; j++) {
          const xp = x.slice();
          const xm = x.slice();
          xp[j]! += h;
          xm[j]! -= h;
          const pp = softmax(xp);
          const pm = softmax(xm);
          const step = xp[j]! - xm[j]!;
          for (let i = 0; i < x.length; i++)
            expect(Math.abs((pp[i]! - pm[i]!) / step - J[i]![j]!)).toBeLessThan(1e-9);
        }
      }),
    );
  });
});
