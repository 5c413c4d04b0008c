/**
 * SimplexExplorer: the triangle's geometry (distribution ↔ point), the logits a dragged point
 * gets, the two representatives of the line z + c·1, the props schema and the URL state.
 */
import { describe, expect, it } from 'vitest';
import { logSumExp, softmax } from '../../../src/lib/math';
import {
  FLOOR,
  HEIGHT,
  VERTICES,
  logitsFor,
  representatives,
  toPoint,
  toProbabilities,
} from '../../../src/islands/SimplexExplorer/geometry';
import { limits, schema } from '../../../src/islands/SimplexExplorer/props';
import { parseProps } from '../../../src/islands/shared/props';
import { decodeState, encodeState, stateLogits } from '../../../src/islands/shared/urlState';

const PAGE = '/en/what-is-softmax/formal/';
const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);

describe('SimplexExplorer geometry', () => {
  it('sends each one-hot vector to its corner and the uniform distribution to the centre', () => {
    [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ].forEach((e, i) => {
      const [x, y] = toPoint(e);
      expect(x).toBeCloseTo(VERTICES[i]![0], 12);
      expect(y).toBeCloseTo(VERTICES[i]![1], 12);
    });
    const [cx, cy] = toPoint([1 / 3, 1 / 3, 1 / 3]);
    expect(cx).toBeCloseTo(0.5, 12);
    expect(cy).toBeCloseTo((2 * HEIGHT) / 3, 12);
  });

  it('reads back the distribution of any inside point (toProbabilities inverts toPoint)', () => {
    for (const z of [
      [2, -1, 0.5],
      [0, 0, 0],
      [-3, 1, 2.5],
      [0.1, 0.2, 0.3],
    ]) {
      const p = softmax(z);
      const [x, y] = toPoint(p);
      toProbabilities(x, y).forEach((q, i) => expect(q).toBeCloseTo(p[i]!, 12));
    }
  });

  it('keeps a point on or outside an edge inside the open triangle, summing to 1', () => {
    for (const [x, y] of [
      [0.5, 0],
      [0, HEIGHT],
      [1, HEIGHT],
      [-5, 3],
      [0.5, -1],
      [2, 0.4],
      [Number.NaN, 0.3],
    ] as const) {
      const q = toProbabilities(x, y);
      expect(sum(q)).toBeCloseTo(1, 12);
      for (const v of q) {
        expect(v).toBeGreaterThanOrEqual(FLOOR - 1e-15);
        expect(v).toBeLessThan(1);
      }
    }
  });

  it('gives a dragged point logits that softmax maps back to it, with the mean kept', () => {
    const p = [0.6, 0.1, 0.3];
    for (const level of [0, 0.5, -7]) {
      const z = logitsFor(p, level);
      expect(sum(z) / 3).toBeCloseTo(level, 3);
      softmax(z).forEach((q, i) => expect(q).toBeCloseTo(p[i]!, 4));
      for (const v of z) expect(Math.round(v * 1e4) / 1e4).toBe(v);
    }
  });

  it('names two points of the line z + c·1: the centred logits and log p', () => {
    const z = [2, -1, 0.5];
    const { centred, logp } = representatives(z);
    expect(centred).toEqual([1.5, -1.5, 0]);
    const lse = logSumExp(z);
    logp.forEach((v, i) => expect(v).toBeCloseTo(z[i]! - lse, 12));
    // Both differ from z by a multiple of 1, so softmax cannot tell them apart.
    softmax(centred).forEach((q, i) => expect(q).toBeCloseTo(softmax(z)[i]!, 12));
    softmax(logp).forEach((q, i) => expect(q).toBeCloseTo(Math.exp(logp[i]!), 12));
  });

  it('stays finite where a probability underflows to 0 (logits far apart)', () => {
    const z = [1000, -1000, 0];
    expect(softmax(z)[1]).toBe(0);
    const { centred, logp } = representatives(z);
    expect([...centred, ...logp].every(Number.isFinite)).toBe(true);
    expect(logp[1]).toBeCloseTo(-2000, 9);
  });
});

describe('SimplexExplorer props and link state', () => {
  it('takes three logits, a temperature and a parameter name, and nothing else', () => {
    expect(parseProps('SimplexExplorer', schema(), {}, PAGE)).toEqual({});
    expect(
      parseProps('SimplexExplorer', schema(), { logits: [2, -1, 0.5], temperature: 0.5 }, PAGE),
    ).toEqual({ logits: [2, -1, 0.5], temperature: 0.5 });
    expect(() => parseProps('SimplexExplorer', schema(), { logits: [1, 2] }, PAGE)).toThrow(
      /<SimplexExplorer logits=\{…\}> on .* needs exactly 3 finite numbers/,
    );
    expect(() => parseProps('SimplexExplorer', schema(), { temperature: 0 }, PAGE)).toThrow(
      /must be within 0\.05…20/,
    );
    expect(() => parseProps('SimplexExplorer', schema(), { index: 1 }, PAGE)).toThrow(
      /has no prop "index"/,
    );
  });

  it('round-trips its state through the link and refuses two or four logits', () => {
    const text = encodeState({ '': [0.5, 1.5, -1], t: [0.5] });
    expect(text).toBe('0.5,1.5,-1;t:0.5');
    expect(stateLogits(decodeState(text)!, limits.logits)).toEqual([0.5, 1.5, -1]);
    expect(stateLogits(decodeState('1,2')!, limits.logits)).toBeUndefined();
    expect(stateLogits(decodeState('1,2,3,4')!, limits.logits)).toBeUndefined();
  });
});
