import { describe, expect, it } from 'vitest';
import { softmax } from '../../../src/lib/math';
import { policyTemperaturesData } from '../../../src/figures/PolicyTemperatures/data';
import * as lesson from '../../../content/lessons/_shared/reinforcement-learning/mechanical';

describe('policyTemperaturesData', () => {
  const d = policyTemperaturesData(lesson.h, [0.5, 1, 2, 5]);

  it('gives the lesson’s policies at T = 1/2, 1, 2 and 5', () => {
    expect(d.panels[0]!.policy).toEqual(lesson.piCold);
    expect(d.panels[1]!.policy).toEqual(lesson.pi);
    expect(d.panels[2]!.policy).toEqual(lesson.piWarm);
    expect(d.panels[3]!.policy).toEqual(lesson.piHot);
    expect(d.panels[1]!.policy).toEqual(softmax([4, 3.5, 4, 9]));
  });

  it('down is the best action at every temperature; the entropy grows with T', () => {
    expect(d.panels.every((p) => p.best === 3)).toBe(true);
    for (let i = 1; i < d.panels.length; i++)
      expect(d.panels[i]!.entropy).toBeGreaterThan(d.panels[i - 1]!.entropy);
    expect(d.panels.every((p) => p.entropy < d.maxEntropy)).toBe(true);
    expect(d.maxEntropy).toBeCloseTo(Math.log(4), 15);
  });

  it('every action keeps a positive probability and each panel sums to 1', () => {
    for (const p of d.panels) {
      expect(p.policy.every((v) => v > 0)).toBe(true);
      expect(p.policy.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('rejects one action and non-positive or infinite temperatures', () => {
    expect(() => policyTemperaturesData([1])).toThrow(RangeError);
    expect(() => policyTemperaturesData([1, 2], [0])).toThrow(RangeError);
    expect(() => policyTemperaturesData([1, 2], [Infinity])).toThrow(RangeError);
    expect(() => policyTemperaturesData([1, 2], [])).toThrow(RangeError);
  });
});
