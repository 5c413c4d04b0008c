import { describe, expect, it } from 'vitest';
import { crossEntropy, crossEntropyGradient, softmax } from '../../../src/lib/math';
import { gradientPMinusYData } from '../../../src/figures/GradientPMinusY/data';

describe('gradientPMinusYData', () => {
  const z = [2, -1, 0.5];
  const d = gradientPMinusYData(z, [2, [0.5, 0, 0.5]]);

  it('the prediction is the library softmax', () => {
    expect(d.p).toEqual(softmax(z));
  });

  it('each gradient is the library crossEntropyGradient, p − y entry by entry', () => {
    expect(d.panels[0]!.gradient).toEqual(crossEntropyGradient(z, 2));
    expect(d.panels[1]!.gradient).toEqual(crossEntropyGradient(z, [0.5, 0, 0.5]));
    d.panels.forEach((panel) =>
      panel.gradient.forEach((g, i) => expect(g).toBeCloseTo(d.p[i]! - panel.y[i]!, 15)),
    );
  });

  it('a class index becomes its one-hot target, and the loss is the library cross-entropy', () => {
    expect(d.panels[0]!.y).toEqual([0, 0, 1]);
    expect(d.panels[0]!.loss).toBe(crossEntropy(z, 2));
    expect(d.panels[1]!.loss).toBe(crossEntropy(z, [0.5, 0, 0.5]));
  });

  it('the entries of every gradient add up to 0', () => {
    d.panels.forEach((panel) =>
      expect(panel.gradient.reduce((a, g) => a + g, 0)).toBeCloseTo(0, 14),
    );
  });

  it('the common scale is the largest entry in absolute value', () => {
    expect(d.maxAbs).toBeCloseTo(1 - d.p[2]!, 14);
  });

  it('rejects a single logit, no target and a class out of range', () => {
    expect(() => gradientPMinusYData([1], [0])).toThrow(RangeError);
    expect(() => gradientPMinusYData([1, 2], [])).toThrow(RangeError);
    expect(() => gradientPMinusYData([1, 2], [2])).toThrow(RangeError);
  });
});
