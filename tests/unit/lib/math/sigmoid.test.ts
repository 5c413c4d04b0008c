import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sigmoid } from '../../../../src/lib/math/sigmoid';
import { softmax } from '../../../../src/lib/math/softmax';
import {
  conventionsFor,
  conventionTitle,
  expectClose,
  expectConvention,
  reference,
  sigmoidTolerance,
} from './reference';

const ref = reference();

describe('sigmoid: reference points', () => {
  test.each(ref.sigmoid.map((s) => [s.x, s] as const))(
    'matches sigmoid(%s) within 2K·u·s',
    (_, s) => {
      expectClose(sigmoid(s.x), s.sigmoid, sigmoidTolerance(s.sigmoid), `sigmoid(${s.x})`);
    },
  );
});

describe('sigmoid: conventions from the reference', () => {
  test.each(conventionsFor('sigmoid').map((c) => [conventionTitle(c), c] as const))(
    '%s',
    (_, c) => {
      expectConvention(c, () => sigmoid(c.args.x as number));
    },
  );
});

describe('sigmoid: conventions', () => {
  test('returns 1 for +Infinity and 0 for −Infinity', () => {
    expect(sigmoid(Infinity)).toBe(1);
    expect(sigmoid(-Infinity)).toBe(0);
  });
  test('returns NaN for NaN', () => {
    expect(sigmoid(NaN)).toBeNaN();
  });
  test('keeps full relative accuracy for very negative x (two-branch form)', () => {
    expect(sigmoid(-745)).toBe(5e-324);
    expect(Math.abs(sigmoid(-700) / Math.exp(-700) - 1)).toBeLessThan(1e-15);
  });
});

describe('sigmoid: properties', () => {
  test('is the two-class softmax: sigmoid(x) = softmax([x, 0])[0]', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        const s = sigmoid(x);
        expectClose(
          softmax([x, 0])[0],
          s,
          8 * 2 ** -53 * s * (8 + Math.abs(x)) + 2 ** -1072,
          'softmax([x, 0])[0]',
        );
      }),
    );
  });
  test('satisfies sigmoid(−x) = 1 − sigmoid(x)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -30, max: 30, noNaN: true }),
        (x) => Math.abs(sigmoid(-x) - (1 - sigmoid(x))) <= 2 ** -52,
      ),
    );
  });
});
