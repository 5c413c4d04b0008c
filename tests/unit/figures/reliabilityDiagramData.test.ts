import { describe, expect, it } from 'vitest';
import { reliabilityDiagramData } from '../../../src/figures/ReliabilityDiagram/data';
import * as lesson from '../../../content/lessons/_shared/trusting-probabilities/mechanical';

describe('reliabilityDiagramData', () => {
  const d = reliabilityDiagramData(lesson.preds, [1, lesson.bestT], [0, lesson.cut, 1]);

  it('gives the lesson’s bins, ECE and accuracy before and after temperature scaling', () => {
    for (const [panel, ref] of [
      [d.panels[0]!, lesson.before],
      [d.panels[1]!, lesson.after],
    ] as const) {
      panel.bins.forEach((b, i) => {
        expect(b.n).toBe(ref.bins[i]!.n);
        expect(b.accuracy).toBeCloseTo(ref.bins[i]!.acc, 12);
        expect(b.confidence).toBeCloseTo(ref.bins[i]!.conf, 12);
        expect(b.gap).toBeCloseTo(ref.bins[i]!.gap, 12);
      });
      expect(panel.ece).toBeCloseTo(ref.ece, 12);
      expect(panel.accuracy).toBeCloseTo(ref.accuracy, 12);
      expect(panel.meanConfidence).toBeCloseTo(ref.meanConf, 12);
    }
  });

  it('temperature scaling keeps the accuracy and lowers the ECE', () => {
    expect(d.panels[1]!.accuracy).toBe(d.panels[0]!.accuracy);
    expect(d.panels[1]!.ece).toBeLessThan(d.panels[0]!.ece);
    expect(d.panels[1]!.meanConfidence).toBeLessThan(d.panels[0]!.meanConfidence);
  });

  it('every prediction falls in exactly one bin', () => {
    for (const p of d.panels) expect(p.bins.reduce((a, b) => a + b.n, 0)).toBe(lesson.preds.length);
  });

  it('an empty bin has no accuracy and contributes nothing', () => {
    const e = reliabilityDiagramData([{ z: [5, 0], y: 0 }], [1], [0, 0.5, 1]);
    expect(e.panels[0]!.bins[0]!.n).toBe(0);
    expect(e.panels[0]!.bins[0]!.accuracy).toBeNaN();
    expect(e.panels[0]!.ece).toBeCloseTo(1 - e.panels[0]!.rows[0]!.confidence, 12);
  });

  it('rejects no predictions, unordered edges and non-positive temperatures', () => {
    expect(() => reliabilityDiagramData([], [1])).toThrow(RangeError);
    expect(() => reliabilityDiagramData(lesson.preds, [1], [0, 0.7, 0.5, 1])).toThrow(RangeError);
    expect(() => reliabilityDiagramData(lesson.preds, [0])).toThrow(RangeError);
  });
});
