import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { binaryCrossEntropy } from '../../../../src/lib/math/binaryCrossEntropy';
import { sigmoid } from '../../../../src/lib/math/sigmoid';
import { softplus } from '../../../../src/lib/math/softplus';
import { softplusFixture } from './fixtures';
import { expectClose, U } from './reference';

const fx = softplusFixture();

describe('binaryCrossEntropy: reference values (60-digit decimal, rounded once)', () => {
  test.each(fx.bce.map((r) => [`logit ${r[0]}, target ${r[1]}, posWeight ${r[2]}`, r] as const))(
    'matches %s within 8u relative',
    (_, [x, y, w, e]) => {
      expectClose(
        binaryCrossEntropy(x, y, { posWeight: w }),
        e,
        8 * U * e + 2 ** -1074,
        `bce(${x}, ${y}, ${w})`,
      );
    },
  );
});

describe('binaryCrossEntropy: conventions', () => {
  test('charges a confident mistake in full: logit −1000 for a positive costs 1000', () => {
    expect(binaryCrossEntropy(-1000, 1)).toBe(1000);
    expect(binaryCrossEntropy(1000, 0)).toBe(1000);
    expect(-Math.log(sigmoid(-1000))).toBe(Infinity);
  });
  test('gives 0 (not NaN) for a perfectly confident correct answer with an infinite logit', () => {
    expect(binaryCrossEntropy(Infinity, 1)).toBe(0);
    expect(binaryCrossEntropy(-Infinity, 0)).toBe(0);
    expect(binaryCrossEntropy(-Infinity, 1)).toBe(Infinity);
  });
  test('returns NaN for a NaN logit, also when both terms have weight 0', () => {
    expect(binaryCrossEntropy(NaN, 0.5)).toBeNaN();
    expect(binaryCrossEntropy(NaN, 1, { posWeight: 0 })).toBeNaN();
  });
  test('treats an omitted posWeight as 1 and scales only the positive term', () => {
    expect(binaryCrossEntropy(0.3, 1, {})).toBe(binaryCrossEntropy(0.3, 1, { posWeight: 1 }));
    expect(binaryCrossEntropy(0.3, 1, { posWeight: 3 })).toBe(3 * softplus(-0.3));
    expect(binaryCrossEntropy(0.3, 0, { posWeight: 3 })).toBe(softplus(0.3));
  });
  test.each([-0.1, 1.5, NaN, Infinity])('throws a RangeError for the target %s', (y) => {
    expect(() => binaryCrossEntropy(0, y)).toThrow(RangeError);
  });
  test.each([-1, NaN, Infinity])('throws a RangeError for posWeight %s', (w) => {
    expect(() => binaryCrossEntropy(0, 1, { posWeight: w })).toThrow(RangeError);
  });
});

describe('binaryCrossEntropy: properties', () => {
  const logit = fc.double({ min: -30, max: 30, noNaN: true });
  const target = fc.double({ min: 0, max: 1, noNaN: true });
  const weight = fc.double({ min: 0, max: 10, noNaN: true });
  test('equals −[w·y·log σ(x) + (1 − y)·log(1 − σ(x))] where σ does not saturate', () => {
    fc.assert(
      fc.property(logit, target, weight, (x, y, w) => {
        const naive = -(w * y * Math.log(sigmoid(x)) + (1 - y) * Math.log(sigmoid(-x)));
        expectClose(
          binaryCrossEntropy(x, y, { posWeight: w }),
          naive,
          64 * U * (naive + 1),
          'naive BCE',
        );
      }),
    );
  });
  test("equals PyTorch's form (1 − y)·x + (1 + (w − 1)·y)·softplus(−x) up to its cancellation", () => {
    fc.assert(
      fc.property(logit, target, weight, (x, y, w) => {
        const torch = (1 - y) * x + (1 + (w - 1) * y) * softplus(-x);
        // 1 + (w − 1)·y cancels when y is near 1: its rounding error is u·(1 + w), times softplus(−x).
        const tol = 16 * U * (Math.abs(x) + (1 + w) * (softplus(-x) + softplus(x)));
        expectClose(binaryCrossEntropy(x, y, { posWeight: w }), torch, tol, 'torch');
      }),
    );
  });
  test('summed over labels, equals the multi-label loss that SigmoidVsSoftmax computes inline', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.boolean()), {
          maxLength: 10,
        }),
        (rows) => {
          const ours = rows.reduce((a, [x, on]) => a + binaryCrossEntropy(x, on ? 1 : 0), 0);
          const island = rows.reduce(
            (a, [x, on]) => a + (Math.max(on ? -x : x, 0) + Math.log1p(Math.exp(-Math.abs(x)))),
            0,
          );
          return ours === island;
        },
      ),
    );
  });
  test('is minimal over the logit where σ(x) = y (its derivative is σ(x) − y)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), (y) => {
        const x = Math.log(y / (1 - y));
        const at = binaryCrossEntropy(x, y);
        return at <= binaryCrossEntropy(x + 1e-3, y) && at <= binaryCrossEntropy(x - 1e-3, y);
      }),
    );
  });
});
