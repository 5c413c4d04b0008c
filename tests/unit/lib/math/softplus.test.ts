import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { logSumExp } from '../../../../src/lib/math/logSumExp';
import { sigmoid } from '../../../../src/lib/math/sigmoid';
import { softplus } from '../../../../src/lib/math/softplus';
import { softplusFixture } from './fixtures';
import { expectClose, U } from './reference';

const fx = softplusFixture();

describe('softplus: reference values (60-digit decimal, rounded once)', () => {
  test.each(fx.softplus.map(([x, s]) => [x, s] as const))(
    'matches softplus(%s) within 4u relative',
    (x, s) => {
      expectClose(softplus(x), s, 4 * U * s + 2 ** -1074, `softplus(${x})`);
    },
  );
});

describe('softplus: conventions', () => {
  test('returns Infinity for +Infinity, 0 for −Infinity and NaN for NaN', () => {
    expect(softplus(Infinity)).toBe(Infinity);
    expect(softplus(-Infinity)).toBe(0);
    expect(softplus(NaN)).toBeNaN();
  });
  test('does not overflow for large x, where log(1 + e^x) would give Infinity', () => {
    expect(softplus(1000)).toBe(1000);
    expect(softplus(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(Math.log(1 + Math.exp(1000))).toBe(Infinity);
  });
  test('keeps full relative accuracy for very negative x, where log(1 + e^x) would give 0', () => {
    expect(softplus(-40) / Math.exp(-40)).toBeCloseTo(1, 15);
    expect(Math.log(1 + Math.exp(-40))).toBe(0);
  });
});

describe('softplus: properties', () => {
  const x = fc.double({ min: -700, max: 700, noNaN: true });
  test('is the log-sum-exp of [x, 0]', () => {
    fc.assert(
      fc.property(x, (v) =>
        expectClose(softplus(v), logSumExp([v, 0]), 8 * U * (Math.abs(v) + 1), 'LSE([x, 0])'),
      ),
    );
  });
  test('satisfies softplus(x) − softplus(−x) = x', () => {
    fc.assert(
      fc.property(x, (v) =>
        expectClose(softplus(v) - softplus(-v), v, 8 * U * (Math.abs(v) + 1), 'difference'),
      ),
    );
  });
  test('is the loss of a sigmoid: softplus(−x) = −log σ(x)', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (v) => {
        const s = softplus(-v);
        expectClose(s, -Math.log(sigmoid(v)), 8 * U * (s + 1), '−log σ(x)');
      }),
    );
  });
  test('is positive and increasing', () => {
    fc.assert(
      fc.property(
        x,
        x,
        (a, b) =>
          softplus(a) >= 0 && (a <= b ? softplus(a) <= softplus(b) : softplus(a) >= softplus(b)),
      ),
    );
  });
});
