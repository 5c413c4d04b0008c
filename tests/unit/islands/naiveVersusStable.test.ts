import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  NAIVE_TOLERANCE,
  naiveVersusStable,
} from '../../../src/islands/SafeComputation/naiveVersusStable';

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
});
