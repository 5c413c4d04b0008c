import { describe, expect, it } from 'vitest';
import { linearMap, logMap, polyline } from '../../../src/islands/shared/scale';

describe('plot maps for widgets (linearMap, logMap, polyline)', () => {
  it('map the ends of the domain to the ends of the range, and invert', () => {
    const m = linearMap(0, 2, 100, 0);
    expect([m(0), m(1), m(2)]).toEqual([100, 50, 0]);
    expect(m.invert(25)).toBe(1.5);
    const l = logMap(0.05, 20, 10, 310);
    expect(l(0.05)).toBeCloseTo(10, 12);
    expect(l(20)).toBeCloseTo(310, 12);
    expect(l(1)).toBeCloseTo(10 + (300 * Math.log(20)) / Math.log(400), 12);
  });
  it('draw a path through the points in order', () => {
    expect(polyline([])).toBe('');
    expect(
      polyline([
        [0, 0],
        [1.234, 2.5678],
      ]),
    ).toBe('M0,0L1.23,2.57');
  });
});
