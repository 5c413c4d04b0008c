import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { crossEntropy } from '../../../../src/lib/math/crossEntropy';
import { crossEntropyGradient } from '../../../../src/lib/math/crossEntropyGradient';
import { softmax } from '../../../../src/lib/math/softmax';
import {
  errorModel,
  expectAllClose,
  expectClose,
  generateLogits,
  reference,
  targetOf,
  temperatureOf,
} from './reference';

const ref = reference();

describe('crossEntropyGradient: reference cases', () => {
  test.each(ref.cases.filter((c) => c.gradient).map((c) => [c.name, c] as const))(
    'matches %s within the error model',
    (_, c) => {
      const m = errorModel(c.logits, c.temperature, c.softmax);
      expectAllClose(
        crossEntropyGradient(c.logits, targetOf(c)!, temperatureOf(c)),
        c.gradient!,
        (i, g) => m.gradient(i, g),
        c.name,
      );
    },
  );
  test.each(ref.large.map((c) => [c.name, c] as const))(
    'matches gradientAtTarget of %s',
    (_, c) => {
      const x = generateLogits(c.generator);
      const m = errorModel(x, undefined, softmax(x));
      const e = c.summary.gradientAtTarget;
      expectClose(
        crossEntropyGradient(x, c.target)[c.target],
        e,
        m.gradient(c.target, e),
        'gradient[target]',
      );
    },
  );
});

describe('crossEntropyGradient: conventions', () => {
  test('is p − y for a class index', () => {
    const p = softmax([2, -1, 0.5]);
    expect(crossEntropyGradient([2, -1, 0.5], 0)).toEqual([p[0]! - 1, p[1], p[2]]);
  });
  test('stays finite when the target logit is −Infinity', () => {
    const g = crossEntropyGradient([2, -Infinity, 0.5], 1);
    expect(g.every(Number.isFinite)).toBe(true);
    expect(g[1]).toBe(-1);
  });
  test('is taken with respect to the scaled logits (divide by T for the raw logits)', () => {
    const x = [2, -1, 0.5];
    const T = 2;
    const g = crossEntropyGradient(x, 0, { temperature: T });
    const h = 1e-6;
    const fd = (x[0]! + h - (x[0]! - h)) / 1; // perturb the raw logit 0
    const dRaw =
      (crossEntropy([x[0]! + h, x[1]!, x[2]!], 0, { temperature: T }) -
        crossEntropy([x[0]! - h, x[1]!, x[2]!], 0, { temperature: T })) /
      fd;
    expect(Math.abs(dRaw - g[0]! / T)).toBeLessThan(1e-8);
  });
  test('throws a RangeError like crossEntropy for a bad target', () => {
    expect(() => crossEntropyGradient([1, 2], 2)).toThrow(RangeError);
    expect(() => crossEntropyGradient([1, 2], [1])).toThrow(RangeError);
  });
  test('sums to 0 for a distribution target', () => {
    const g = crossEntropyGradient([2, -1, 0.5], [0.25, 0.25, 0.5]);
    expect(Math.abs(g.reduce((a, b) => a + b, 0))).toBeLessThan(1e-15);
  });
});

describe('crossEntropyGradient: properties', () => {
  const arb = fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 8 });
  test('matches central finite differences of crossEntropy (index and distribution targets)', () => {
    fc.assert(
      fc.property(arb, fc.nat(), fc.boolean(), (x, k, soft) => {
        const n = x.length;
        const target: number | number[] = soft
          ? x.map((_, i) => (i === k % n ? 0.5 : 0.5 / Math.max(1, n - 1)))
          : k % n;
        if (soft && n === 1) (target as number[])[0] = 1;
        const g = crossEntropyGradient(x, target);
        const h = 1e-5;
        for (let j = 0; j < n; j++) {
          const xp = x.slice();
          const xm = x.slice();
          xp[j]! += h;
          xm[j]! -= h;
          const fd = (crossEntropy(xp, target) - crossEntropy(xm, target)) / (xp[j]! - xm[j]!);
          expect(Math.abs(fd - g[j]!)).toBeLessThan(1e-8);
        }
      }),
    );
  });
});
