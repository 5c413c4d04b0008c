import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FORMATS,
  NAIVE_TOLERANCE,
  naiveTolerance,
  naiveVersusStable,
} from '../../../src/islands/SafeComputation/naiveVersusStable';
import { floatFormat, roundToFormat, softmax } from '../../../src/lib/math';

const verdict = (z: number[]) => naiveVersusStable(z).verdict;

describe('naiveVersusStable', () => {
  it('agrees for ordinary logits, with a difference far below the tolerance', () => {
    for (const z of [
      [1, 2, 3],
      [2, -1, 0.5],
      [0, 0],
      [-700, -701],
      [700, 699, 0],
    ]) {
      const v = verdict(z);
      expect(v.kind, String(z)).toBe('agrees');
      if (v.kind === 'agrees') expect(v.maxDiff).toBeLessThan(1e-12);
    }
  });

  it('disagrees when the sum overflows although every exponential is finite: (0, 0, 0) is not (0.5, 0.5, 0)', () => {
    const r = naiveVersusStable([709.5, 709.5, 0]);
    expect(r.exps.every(Number.isFinite)).toBe(true);
    expect(r.sum).toBe(Infinity);
    expect(r.naive).toEqual([0, 0, 0]);
    expect(r.verdict).toEqual({ kind: 'disagrees', failure: 'overflow', maxDiff: 0.5 });
  });

  it('disagrees when subnormal exponentials lose precision: (1/3, 2/3) is not (0.269, 0.731)', () => {
    const r = naiveVersusStable([-745, -744]);
    expect(r.naive[0]).toBeCloseTo(1 / 3, 12);
    expect(r.stable[0]).toBeCloseTo(0.2689414213699951, 12);
    expect(r.verdict.kind).toBe('disagrees');
    if (r.verdict.kind === 'disagrees') {
      expect(r.verdict.failure).toBe('precision');
      expect(r.verdict.maxDiff).toBeCloseTo(1 / 3 - 0.2689414213699951, 12);
    }
  });

  it('disagrees, naming underflow, when an exponential that matters rounds to 0', () => {
    // e^−746 rounds to 0, e^−744 is subnormal: naive (0, 1), stable (0.119, 0.881).
    expect(verdict([-746, -744])).toMatchObject({ kind: 'disagrees', failure: 'underflow' });
  });

  it('gives no result, naming overflow, when an exponential is ∞ (∞/∞)', () => {
    expect(verdict([1000, 1001, 1002])).toEqual({ kind: 'noResult', failure: 'overflow' });
    expect(verdict([800, -800, 799])).toEqual({ kind: 'noResult', failure: 'overflow' });
  });

  it('gives no result, naming underflow, when every exponential is 0 (0/0)', () => {
    expect(verdict([-800, -801])).toEqual({ kind: 'noResult', failure: 'underflow' });
  });

  it('ignores a class whose exponential and stable probability are both negligible', () => {
    // e^−800 = 0 and the stable probability e^−800 is 0 too: nothing lost.
    expect(verdict([0, -800]).kind).toBe('agrees');
  });

  it('agrees exactly when the naive result is within the tolerance of the stable one (property)', () => {
    const logit = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.array(logit, { minLength: 2, maxLength: 10 }), (z) => {
        const r = naiveVersusStable(z);
        const finite = r.naive.every(Number.isFinite);
        const maxDiff = finite
          ? Math.max(...r.naive.map((p, i) => Math.abs(p - (r.stable[i] as number))))
          : NaN;
        if (!finite) return r.verdict.kind === 'noResult';
        return (r.verdict.kind === 'agrees') === maxDiff <= NAIVE_TOLERANCE;
      }),
      { seed: 6, numRuns: 500 },
    );
  });

  it('never disagrees for logits within ±100 (no overflow, no underflow that matters)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 10 }),
        (z) => verdict(z).kind === 'agrees',
      ),
      { seed: 7, numRuns: 500 },
    );
  });

  describe('in a narrower format', () => {
    it('keeps float64 as the default, with the library softmax as the stable result', () => {
      const z = [2, -1, 0.5];
      expect(naiveVersusStable(z)).toEqual(naiveVersusStable(z, 'float64'));
      expect(naiveVersusStable(z, 'float64').stable).toEqual(softmax(z));
      expect(naiveTolerance('float64')).toBe(NAIVE_TOLERANCE);
    });

    it('has a tolerance of eight machine epsilons below float64', () => {
      expect(naiveTolerance('float32')).toBe(2 ** -20);
      expect(naiveTolerance('float16')).toBe(2 ** -7);
      expect(naiveTolerance('bfloat16')).toBe(2 ** -4);
    });

    // Just below and just above ln(largest finite value): ≈ 709.78, 88.72, 11.09, 88.72.
    it.each(FORMATS)(
      '%s: the naive formula works two below the overflow threshold and fails just above it; the stable one works on both',
      (format) => {
        const t = Math.floor(floatFormat(format).expOverflow);
        const below = naiveVersusStable([t - 2, t - 1], format);
        expect(below.verdict.kind).toBe('agrees');
        const above = naiveVersusStable([t, t + 1], format);
        expect(above.verdict).toEqual({ kind: 'noResult', failure: 'overflow' });
        expect(above.exps[1]).toBe(Infinity);
        // The stable result is the true softmax of the stored logits, to the format's precision.
        const exact = softmax(above.stored);
        above.stable.forEach((p, i) =>
          expect(Math.abs(p - (exact[i] as number))).toBeLessThan(4 * floatFormat(format).epsilon),
        );
      },
    );

    it('float32 fails on logits that float64 handles: (88, 89) is fine in a double', () => {
      expect(naiveVersusStable([88, 89]).verdict.kind).toBe('agrees');
      expect(naiveVersusStable([88, 89], 'float32').verdict.kind).toBe('noResult');
      expect(naiveVersusStable([88, 89], 'bfloat16').verdict.kind).toBe('noResult');
      expect(naiveVersusStable([11, 12], 'float32').verdict.kind).toBe('agrees');
      expect(naiveVersusStable([11, 12], 'float16').verdict.kind).toBe('noResult');
    });

    it('float16: each e^11 is finite (59872) but two of them overflow the sum', () => {
      const r = naiveVersusStable([11, 11, 0], 'float16');
      expect(r.exps).toEqual([59872, 59872, 1]);
      expect(r.sum).toBe(Infinity);
      expect(r.naive).toEqual([0, 0, 0]);
      expect(r.verdict).toEqual({ kind: 'disagrees', failure: 'overflow', maxDiff: 0.5 });
      expect(r.stable[0]).toBe(0.5);
    });

    it('float16: e^−18 rounds to 0 while e^−17 survives as one subnormal step, so the naive result is (0, 1)', () => {
      const r = naiveVersusStable([-18, -17], 'float16');
      expect(r.exps).toEqual([0, floatFormat('float16').minSubnormal]);
      expect(r.naive).toEqual([0, 1]);
      expect(r.verdict).toMatchObject({ kind: 'disagrees', failure: 'underflow' });
    });

    it('float32: subnormal exponentials lose precision at −100, which float64 does not notice', () => {
      expect(naiveVersusStable([-100, -99]).verdict.kind).toBe('agrees');
      expect(naiveVersusStable([-100, -99], 'float32').verdict).toMatchObject({
        kind: 'disagrees',
        failure: 'precision',
      });
    });

    it('stores the logits in the format first: bfloat16 keeps 2.1 as 2.09375', () => {
      const r = naiveVersusStable([2.1, -1, 0.5], 'bfloat16');
      expect(r.stored).toEqual([2.09375, -1, 0.5]);
      expect(r.verdict.kind).toBe('agrees');
      expect(r.stable.every((p) => roundToFormat(p, 'bfloat16') === p)).toBe(true);
    });

    it('refuses a logit the format cannot store (float16 stops at 65504)', () => {
      expect(naiveVersusStable([70000, 0], 'float16').verdict).toEqual({
        kind: 'unrepresentable',
        index: 0,
      });
      expect(naiveVersusStable([0, -70000], 'float16').verdict).toEqual({
        kind: 'unrepresentable',
        index: 1,
      });
      expect(naiveVersusStable([65504, 0], 'float16').verdict.kind).toBe('noResult');
      expect(naiveVersusStable([70000, 0], 'bfloat16').verdict.kind).toBe('noResult');
    });

    it.each(FORMATS)(
      '%s: agrees whenever no exponential leaves the normal range (property)',
      (format) => {
        const { expOverflow, expMinNormal } = floatFormat(format);
        // n ≤ 10 logits below ln(max / 10): neither an e^z nor the sum can overflow.
        const hi = expOverflow - Math.log(10);
        fc.assert(
          fc.property(
            fc.array(fc.double({ min: expMinNormal + 1, max: hi, noNaN: true }), {
              minLength: 2,
              maxLength: 10,
            }),
            (z) => {
              const r = naiveVersusStable(z, format);
              return r.verdict.kind === 'agrees' && r.stable.every(Number.isFinite);
            },
          ),
          { seed: 8, numRuns: 300 },
        );
      },
    );

    it.each(FORMATS)(
      '%s: the stable result is always a distribution, whatever the (storable) logits (property)',
      (format) => {
        const big = Math.min(1e6, floatFormat(format).maxFinite / 2);
        fc.assert(
          fc.property(
            fc.array(fc.double({ min: -big, max: big, noNaN: true }), {
              minLength: 2,
              maxLength: 10,
            }),
            (z) => {
              const r = naiveVersusStable(z, format);
              const total = r.stable.reduce((a, b) => a + b, 0);
              return (
                r.stable.every((p) => p >= 0 && p <= 1) &&
                Math.abs(total - 1) <= 8 * floatFormat(format).epsilon
              );
            },
          ),
          { seed: 9, numRuns: 300 },
        );
      },
    );
  });
});
