import { describe, expect, it } from 'vitest';
import { entropy, minP, softmax, topK, topP } from '../../../src/lib/math';
import { nextTokenBarsData } from '../../../src/figures/NextTokenBars/data';
import * as intuitive from '../../../content/lessons/_shared/next-token/intuitive';
import * as mechanical from '../../../content/lessons/_shared/next-token/mechanical';

describe('nextTokenBarsData', () => {
  const z = intuitive.logits;

  it('without a cut, every bar is softmax(z / T) and every word is kept', () => {
    const d = nextTokenBarsData(z);
    expect(d.bars.map((b) => b.before)).toEqual(intuitive.p);
    expect(d.bars.map((b) => b.after)).toEqual(intuitive.p);
    expect(d.keptCount).toBe(z.length);
    expect(d.keptMass).toBeCloseTo(1, 12);
    expect(d.entropyAfter).toBe(d.entropyBefore);
    const warm = nextTokenBarsData(z, { temperature: intuitive.warm });
    expect(warm.bars.map((b) => b.before)).toEqual(intuitive.pWarm);
  });

  it('gives the lesson’s top-k, top-p and min-p shares, renormalised', () => {
    const k = nextTokenBarsData(z, { k: mechanical.k });
    expect(k.bars.map((b) => b.after)).toEqual(mechanical.pK);
    expect(k.keptMass).toBeCloseTo(mechanical.massK, 15);
    const p = nextTokenBarsData(z, { p: mechanical.nucleus });
    expect(p.bars.map((b) => b.after)).toEqual(mechanical.pP);
    expect(p.keptCount).toBe(mechanical.sizeP);
    expect(p.keptMass).toBeCloseTo(mechanical.massP, 15);
    const m = nextTokenBarsData(z, { minP: mechanical.pMin });
    expect(m.bars.map((b) => b.after)).toEqual(mechanical.pM);
    expect(m.threshold).toBeCloseTo(mechanical.cutMin, 15);
  });

  it('applies T, then top-k, then top-p, as the code tabs do', () => {
    const d = nextTokenBarsData(z, { temperature: mechanical.t, k: mechanical.pipeK, p: 0.9 });
    expect(d.bars.map((b) => b.after)).toEqual(mechanical.pipeAfterP);
    expect(d.bars.map((b) => b.after)).toEqual(
      topP(topK(softmax(z, { temperature: mechanical.t }), mechanical.pipeK), 0.9),
    );
    expect(d.entropyAfter).toBe(entropy(mechanical.pipeAfterP));
  });

  it('the kept shares add up to 1, dropped ones are 0, and a cut never raises the entropy', () => {
    for (const cut of [{ k: 1 }, { k: 5 }, { p: 0.5 }, { p: 0.99 }, { minP: 0.1 }]) {
      const d = nextTokenBarsData(z, cut);
      expect(d.bars.reduce((a, b) => a + b.after, 0)).toBeCloseTo(1, 12);
      expect(d.bars.filter((b) => !b.kept).every((b) => b.after === 0)).toBe(true);
      expect(d.entropyAfter).toBeLessThanOrEqual(d.entropyBefore + 1e-12);
    }
    expect(nextTokenBarsData(z, { k: 1 }).keptCount).toBe(1);
    expect(nextTokenBarsData([1, 1, 0], { minP: 1 }).bars.map((b) => b.after)).toEqual(
      minP(softmax([1, 1, 0]), 1),
    );
  });

  it('rejects an empty vector and invalid cuts', () => {
    expect(() => nextTokenBarsData([])).toThrow(RangeError);
    expect(() => nextTokenBarsData(z, { k: 0 })).toThrow(RangeError);
    expect(() => nextTokenBarsData(z, { p: 2 })).toThrow(RangeError);
    expect(() => nextTokenBarsData(z, { temperature: 0 })).toThrow(RangeError);
  });
});
