import { describe, expect, it } from 'vitest';
import { softmax } from '../../../src/lib/math';
import { sharePieData } from '../../../src/figures/SharePie/data';

describe('sharePieData', () => {
  it('gives each option an angle proportional to its softmax share', () => {
    const p = softmax([2, -1, 0.5]);
    sharePieData([2, -1, 0.5]).forEach((s, i) => {
      expect(s.share).toBe(p[i]);
      expect(s.endAngle - s.startAngle).toBeCloseTo(p[i]! * 2 * Math.PI, 12);
    });
  });

  it('slices follow each other and close the full circle exactly', () => {
    const s = sharePieData([0.3, -2, 4, 1]);
    expect(s[0]!.startAngle).toBe(0);
    for (let i = 1; i < s.length; i++) expect(s[i]!.startAngle).toBe(s[i - 1]!.endAngle);
    expect(s.at(-1)!.endAngle).toBe(2 * Math.PI);
  });

  it('equal logits give equal slices', () => {
    expect(sharePieData([0, 0])[1]!.startAngle).toBeCloseTo(Math.PI, 12);
  });
});
