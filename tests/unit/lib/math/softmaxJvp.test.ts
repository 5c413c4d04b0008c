import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { softmax } from '../../../../src/lib/math/softmax';
import { softmaxJacobian } from '../../../../src/lib/math/softmaxJacobian';
import { softmaxJvp } from '../../../../src/lib/math/softmaxJvp';
import { errorModel, expectAllClose, reference, temperatureOf } from './reference';

const ref = reference();

describe('softmaxJvp: reference cases', () => {
  test.each(ref.cases.filter((c) => c.jvp).map((c) => [c.name, c] as const))(
    'matches %s within the error model',
    (_, c) => {
      const m = errorModel(c.logits, c.temperature, c.softmax);
      const r = softmaxJvp(softmax(c.logits, temperatureOf(c)), c.jvp!.v);
      expectAllClose(r, c.jvp!.result, (i) => m.jvp(i, c.jvp!.v), c.name);
    },
  );
});

describe('softmaxJvp: conventions', () => {
  test('is p_i (v_i − Σ_j p_j v_j)', () => {
    expect(softmaxJvp([0.5, 0.5], [1, 0])).toEqual([0.25, -0.25]);
  });
  test('returns [] for empty input', () => {
    expect(softmaxJvp([], [])).toEqual([]);
  });
  test('throws a RangeError when the lengths differ', () => {
    expect(() => softmaxJvp([0.5, 0.5], [1])).toThrow(RangeError);
  });
});

describe('softmaxJvp: properties', () => {
  test('equals the Jacobian times v (and, J being symmetric, vᵀJ)', () => {
    const arb = fc
      .integer({ min: 1, max: 8 })
      .chain((n) =>
        fc.tuple(
          fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
          fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(arb, ([x, v]) => {
        const p = softmax(x);
        const J = softmaxJacobian(p);
        const r = softmaxJvp(p, v);
        const vmax = v.reduce((a, b) => Math.max(a, Math.abs(b)), 0);
        for (let i = 0; i < x.length; i++) {
          let jv = 0;
          let vj = 0;
          for (let j = 0; j < x.length; j++) {
            jv += J[i]![j]! * v[j]!;
            vj += v[j]! * J[j]![i]!;
          }
          const tol = 16 * (x.length + 2) * 2 ** -53 * p[i]! * vmax + 1e-300;
          expect(Math.abs(r[i]! - jv)).toBeLessThanOrEqual(tol);
          expect(Math.abs(r[i]! - vj)).toBeLessThanOrEqual(tol);
        }
      }),
    );
  });
});
