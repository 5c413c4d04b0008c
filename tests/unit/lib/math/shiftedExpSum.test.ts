import { describe, expect, test } from 'vitest';
import { shiftedExpSum } from '../../../../src/lib/math/shiftedExpSum';

describe('shiftedExpSum', () => {
  test('sums e^{(x_i − max)/T} over every index but the maximum', () => {
    expect(shiftedExpSum([2, -1, 0.5], 0, 2, 1, null)).toBe(Math.exp(-3) + Math.exp(-1.5));
    expect(shiftedExpSum([2, -1, 0.5], 0, 2, 0.5, null)).toBe(Math.exp(-6) + Math.exp(-3));
  });
  test('stores the exps, with exactly 1 at the maximum', () => {
    const exps: number[] = [];
    shiftedExpSum([0.5, 2], 1, 2, 1, exps);
    expect(exps).toEqual([Math.exp(-1.5), 1]);
  });
  test('shifts before scaling, so a tiny temperature gives 0 instead of NaN', () => {
    expect(shiftedExpSum([1, 2, 2], 1, 2, 1e-310, null)).toBe(1);
  });
  test('sums two-level (blocks, then compensated), beating a plain loop on 1e6 equal terms', () => {
    const x = new Float64Array(1_000_001).fill(-20);
    x[0] = 0;
    const term = Math.exp(-20);
    const exact = 1e6 * term; // exact up to one rounding
    let plain = 0;
    for (let i = 1; i < x.length; i++) plain += term;
    const r = shiftedExpSum(x, 0, 0, 1, null);
    const err = Math.abs(r - exact) / exact;
    expect(err).toBeLessThan(1024 * 2 ** -53);
    expect(err).toBeLessThanOrEqual(Math.abs(plain - exact) / exact);
  });
});
