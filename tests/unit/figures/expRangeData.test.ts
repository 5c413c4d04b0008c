import { describe, expect, it } from 'vitest';
import { expInFormat, floatFormat } from '../../../src/lib/math';
import { expRangeData } from '../../../src/figures/ExpRange/data';

describe('expRangeData', () => {
  const d = expRangeData([1000, 1001, 1002]);

  it('takes every threshold from floatFormat, widest format first', () => {
    expect(d.rows.map((r) => r.name)).toEqual(['float64', 'float32', 'bfloat16', 'float16']);
    for (const r of d.rows) {
      const f = floatFormat(r.name);
      expect(r.expOverflow).toBe(f.expOverflow);
      expect(r.expMinNormal).toBe(f.expMinNormal);
      expect(r.expUnderflow).toBe(f.expUnderflow);
      expect(r.expUnderflow).toBeLessThan(r.expMinNormal);
      expect(r.expMinNormal).toBeLessThan(0);
      expect(r.expOverflow).toBeGreaterThan(0);
    }
    expect(d.rows[0]!.expOverflow).toBeCloseTo(709.78, 2);
    expect(d.rows[3]!.expOverflow).toBeCloseTo(11.09, 2);
  });

  it('the thresholds are where expInFormat really overflows and underflows', () => {
    for (const r of d.rows) {
      expect(expInFormat(r.expOverflow - 0.01, r.name)).toBeLessThan(Infinity);
      expect(expInFormat(r.expOverflow + 0.01, r.name)).toBe(Infinity);
      expect(expInFormat(r.expUnderflow - 0.01, r.name)).toBe(0);
      expect(expInFormat(r.expUnderflow + 0.01, r.name)).toBeGreaterThan(0);
    }
  });

  it('e^1000 overflows in every format; the shifted logits stay finite and positive', () => {
    expect(d.rows.every((r) => r.marks.every((e) => e === Infinity))).toBe(true);
    const shifted = expRangeData([-2, -1, 0]);
    expect(shifted.rows.every((r) => r.marks.every((e) => e > 0 && e <= 1))).toBe(true);
  });

  it('the axis reaches past every threshold and mark', () => {
    expect(d.extent).toBeGreaterThan(1002);
    expect(expRangeData().extent).toBeGreaterThan(745.13);
  });

  it('rejects no formats and non-finite marks', () => {
    expect(() => expRangeData([], [])).toThrow(RangeError);
    expect(() => expRangeData([Infinity])).toThrow(RangeError);
  });
});
