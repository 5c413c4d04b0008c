import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeState,
  encodeState,
  stateIndex,
  stateLogits,
  stateNumber,
} from '../../../src/islands/shared/urlState';
import { TEMPERATURE } from '../../../src/islands/shared/limits';
import { fractionDigits, logScale } from '../../../src/islands/shared/scale';
import { sampleIndex, seededRandom } from '../../../src/islands/shared/random';

describe('URL state', () => {
  it('round-trips logits and named parts', () => {
    const text = encodeState({ '': [2, -1, 0.5], t: [0.25] });
    expect(text).toBe('2,-1,0.5;t:0.25');
    const s = decodeState(text);
    expect(s?.get('')).toEqual([2, -1, 0.5]);
    expect(s?.get('t')).toEqual([0.25]);
  });
  it('rejects tampered text', () => {
    for (const bad of [
      '<script>alert(1)</script>',
      '1,abc',
      '1e400',
      'NaN',
      '',
      ';',
      'x:1;x:2',
      'a-b:1',
      '1,'.repeat(300),
      'k:<b>',
    ]) {
      expect(decodeState(bad), bad).toBeUndefined();
    }
  });
  it('never throws and only returns finite numbers', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const s = decodeState(text);
        if (s) for (const list of s.values()) expect(list.every(Number.isFinite)).toBe(true);
      }),
    );
  });
  it('round-trips any finite list (6 significant digits)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e5, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 10 }),
        (xs) => {
          const back = decodeState(encodeState({ '': xs }))?.get('');
          expect(back?.length).toBe(xs.length);
          back?.forEach((x, i) =>
            expect(x).toBeCloseTo(Number((xs[i] as number).toPrecision(6)), 6),
          );
        },
      ),
    );
  });
});

describe('log scale', () => {
  it('maps the ends and round-trips', () => {
    const s = logScale(0.05, 20);
    expect(s.fromPosition(0)).toBe(0.05);
    expect(s.fromPosition(1000)).toBe(20);
    expect(s.fromPosition(s.toPosition(1))).toBe(1);
  });
  it('shows every position with its 3 significant digits', () => {
    const s = logScale(0.05, 20);
    for (let p = 0; p <= 1000; p++) {
      const t = s.fromPosition(p);
      expect(Number(t.toFixed(fractionDigits(t)))).toBe(t);
    }
  });
});

describe('seeded sampling', () => {
  it('is reproducible and follows the probabilities', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    const r = seededRandom(42);
    const p = [0.7, 0.2, 0.1];
    const counts = [0, 0, 0];
    for (let i = 0; i < 20000; i++) counts[sampleIndex(p, r())]!++;
    counts.forEach((c, i) => expect(c / 20000).toBeCloseTo(p[i] as number, 1));
  });
  it('never returns an index with zero probability', () => {
    expect(sampleIndex([0.5, 0.5, 0], 0.9999999999)).toBe(1);
    expect(sampleIndex([0, 1], 0)).toBe(1);
  });
});

describe('reading logits and a class from URL state', () => {
  const state = (text: string) => decodeState(text) ?? new Map<string, number[]>();
  it('returns the logits when their count and size are in range', () => {
    expect(stateLogits(state('2,-1,0.5'), { min: 2, max: 10, maxAbs: 100 })).toEqual([2, -1, 0.5]);
  });
  it('rejects too few, too many or too large logits, and a missing list', () => {
    expect(stateLogits(state('2'), { min: 2, max: 10, maxAbs: 100 })).toBeUndefined();
    expect(stateLogits(state('1,2,3,4,5,6,7'), { min: 2, max: 6, maxAbs: 100 })).toBeUndefined();
    expect(stateLogits(state('2,1000'), { min: 2, max: 10, maxAbs: 100 })).toBeUndefined();
    expect(stateLogits(state('k:1'), { min: 2, max: 10, maxAbs: 100 })).toBeUndefined();
  });
  it('reads a 1-based class as a 0-based index, null when absent', () => {
    expect(stateIndex(state('2,-1,0.5;k:3'), 'k', 3)).toBe(2);
    expect(stateIndex(state('2,-1,0.5'), 'k', 3)).toBeNull();
  });
  it('rejects a class that is not a whole number from 1 to the length', () => {
    for (const k of ['0', '4', '1.5', '1,2', '-1']) {
      expect(stateIndex(state(`2,-1,0.5;k:${k}`), 'k', 3), k).toBeUndefined();
    }
  });
  it('reads one number in range (a temperature), null when absent', () => {
    expect(stateNumber(state('2,-1;t:0.5'), 't', TEMPERATURE)).toBe(0.5);
    expect(stateNumber(state('2,-1;t:0.05'), 't', TEMPERATURE)).toBe(0.05);
    expect(stateNumber(state('2,-1;t:20'), 't', TEMPERATURE)).toBe(20);
    expect(stateNumber(state('2,-1'), 't', TEMPERATURE)).toBeNull();
  });
  it('rejects a number out of range or more than one', () => {
    for (const t of ['0', '0.04', '20.5', '1,2', '-1']) {
      expect(stateNumber(state(`2,-1;t:${t}`), 't', TEMPERATURE), t).toBeUndefined();
    }
  });
});
