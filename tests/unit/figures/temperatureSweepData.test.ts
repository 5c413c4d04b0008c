import { describe, expect, it } from 'vitest';
import { entropy, softmax } from '../../../src/lib/math';
import { temperatureSweepData } from '../../../src/figures/TemperatureSweep/data';

describe('temperatureSweepData', () => {
  const z = [2, -1, 0.5];
  const d = temperatureSweepData(z, [0.5, 1, 2, 10]);

  it('samples log-spaced temperatures from 0.05 to 20, ends included', () => {
    expect(d.curve[0]!.t).toBeCloseTo(0.05, 12);
    expect(d.curve.at(-1)!.t).toBe(20);
    const r = d.curve[1]!.t / d.curve[0]!.t;
    expect(d.curve[81]!.t / d.curve[80]!.t).toBeCloseTo(r, 10);
  });

  it('each sample is softmax(z / T) and its entropy', () => {
    for (const s of [d.curve[0]!, d.curve[100]!, ...d.marks]) {
      expect(s.p).toEqual(softmax(z, { temperature: s.t }));
      expect(s.h).toBe(entropy(s.p));
    }
    expect(d.marks[1]!.p[0]).toBeCloseTo(0.786, 3);
  });

  it('cold is nearly argmax, hot is nearly uniform, and H rises towards ln n', () => {
    expect(d.curve[0]!.p[0]).toBeGreaterThan(0.999);
    for (const p of d.curve.at(-1)!.p) expect(p).toBeCloseTo(1 / 3, 1);
    expect(d.hMax).toBeCloseTo(Math.log(3), 12);
    for (let i = 1; i < d.curve.length; i++)
      expect(d.curve[i]!.h).toBeGreaterThanOrEqual(d.curve[i - 1]!.h);
    expect(d.curve.at(-1)!.h).toBeLessThan(d.hMax);
  });

  it('rejects no logits and a non-positive or empty range', () => {
    expect(() => temperatureSweepData([])).toThrow(RangeError);
    expect(() => temperatureSweepData(z, [], 0, 1)).toThrow(RangeError);
    expect(() => temperatureSweepData(z, [], 2, 1)).toThrow(RangeError);
  });
});
