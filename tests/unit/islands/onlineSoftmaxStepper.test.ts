/**
 * <OnlineSoftmaxStepper>: its props schema (bad lesson props fail the build naming widget and prop),
 * its labels in en/pt/ru, its run (stepper.ts: every step from the library, ending equal to the
 * two-pass softmax) and its URL state.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseProps } from '../../../src/islands/shared/props';
import { decodeState, encodeState } from '../../../src/islands/shared/urlState';
import {
  DEFAULT_BLOCK,
  DEFAULT_SCORES,
  limits,
  schema,
  valueLimits,
} from '../../../src/islands/OnlineSoftmaxStepper/props';
import { labels } from '../../../src/islands/OnlineSoftmaxStepper/labels';
import {
  blockCount,
  readStepperState,
  resize,
  stepperParts,
  stepperRun,
} from '../../../src/islands/OnlineSoftmaxStepper/stepper';
import { dot, softmax } from '../../../src/lib/math';
import { languages } from '../../../src/i18n/locales';

const PAGE = '/en/online-softmax/mechanical/';
const parse = (props: unknown) => parseProps('OnlineSoftmaxStepper', schema(), props, PAGE);

describe('OnlineSoftmaxStepper props', () => {
  it('accept no props and the props the lessons pass', () => {
    expect(parse({})).toEqual({});
    expect(parse({ scores: [1, 3, 2, 5, 4, 0], block: 3, param: 'online2' })).toBeTruthy();
    expect(parse({ scores: [2, 0, 1, 4], values: [10, -2, 0.5, 3], block: 1 }).values).toEqual([
      10, -2, 0.5, 3,
    ]);
    expect(parse({ scores: Array(16).fill(0), block: 16 })).toBeTruthy();
    expect(parse({ values: [1, 2, 3, 4, 5, 6] })).toBeTruthy();
  });

  it('fail naming the widget, the prop and the page', () => {
    expect(() => parse({ scores: [1] })).toThrow(
      '<OnlineSoftmaxStepper scores={…}> on /en/online-softmax/mechanical/ needs 2–16 finite numbers within ±1000, got [1]',
    );
    expect(() => parse({ scores: Array(17).fill(0) })).toThrow(/scores=\{…\}.*2–16/);
    expect(() => parse({ scores: [1, NaN] })).toThrow(/scores/);
    expect(() => parse({ scores: [1, 2, 3], values: [1, 2] })).toThrow(
      /<OnlineSoftmaxStepper values=\{…\}>.*one value per score \(3\)/,
    );
    expect(() => parse({ values: [1, 2] })).toThrow(/values.*one value per score \(6\)/);
    expect(() => parse({ block: 0 })).toThrow(/block=\{…\}.*whole number/);
    expect(() => parse({ block: 1.5 })).toThrow(/block=\{…\}.*whole number/);
    expect(() => parse({ scores: [1, 2, 3], block: 4 })).toThrow(/block=\{…\}.*1 to 3/);
    expect(() => parse({ logits: [1, 2] })).toThrow(
      /no prop "logits" \(it takes scores, values, block, param\)/,
    );
  });

  it('share their limits with the fields', () => {
    expect(limits.scores).toMatchObject({ min: 2, max: 16, maxAbs: 1000 });
    expect(valueLimits(5)).toEqual({ min: 5, max: 5, count: 5, maxAbs: 1000 });
    expect(DEFAULT_SCORES.length).toBeLessThanOrEqual(limits.scores.max);
    expect(DEFAULT_BLOCK).toBeLessThanOrEqual(DEFAULT_SCORES.length);
  });
});

describe('OnlineSoftmaxStepper labels', () => {
  it('exist in every language, translated, with the placeholders the island fills', () => {
    for (const lang of languages) {
      const l = labels[lang];
      expect(Object.keys(l).sort()).toEqual(Object.keys(labels.en).sort());
      expect(l.factorRaised).toMatch(/\{old\}.*\{new\}.*\{factor\}/);
      expect(l.progress).toContain('{done}');
      expect(l.progress).toContain('{total}');
      for (const text of Object.values(l)) expect(text).not.toMatch(/NaN|undefined|Infinity/);
    }
    expect(labels.pt.title).not.toBe(labels.en.title);
    expect(labels.ru.title).not.toBe(labels.en.title);
    expect(labels.pt.next).toBe('Próximo passo');
    expect(labels.ru.prev).toBe('Предыдущий шаг');
  });
});

describe('OnlineSoftmaxStepper run', () => {
  it('the default example: the maximum rises twice, the old sum rescaled by e^(m_old − m_new)', () => {
    const run = stepperRun(DEFAULT_SCORES, 2);
    expect(run.steps.map((s) => [s.start, s.end])).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
    ]);
    expect(run.steps.map((s) => s.kind)).toEqual(['first', 'raised', 'kept']);
    expect(run.steps.map((s) => s.after.m)).toEqual([3, 5, 5]);
    const [first, second, third] = run.steps;
    expect(first?.before).toEqual({ m: -Infinity, l: 0 });
    expect(first?.oldScale).toBe(0);
    expect(first?.after.l).toBeCloseTo(1 + Math.exp(-2), 14);
    expect(second?.oldScale).toBeCloseTo(Math.exp(3 - 5), 15);
    expect(second?.blockScale).toBe(1);
    expect(third?.oldScale).toBe(1);
    expect(third?.blockScale).toBeCloseTo(Math.exp(4 - 5), 15);
    expect(run.maxDiff).toBeLessThan(1e-15);
    run.online.forEach((p, i) => expect(p).toBeCloseTo(softmax(DEFAULT_SCORES)[i] ?? 0, 15));
  });

  it('every step merges exactly: ℓ_new = ℓ_old · e^(m_old − m_new) + ℓ_b · e^(m_b − m_new)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), {
          minLength: 2,
          maxLength: 16,
        }),
        fc.integer({ min: 1, max: 16 }),
        (z, block) => {
          const b = Math.min(block, z.length);
          const run = stepperRun(z, b);
          expect(run.steps).toHaveLength(blockCount(z.length, b));
          for (const s of run.steps) {
            const merged = s.before.l * s.oldScale + s.own.l * s.blockScale;
            expect(Math.abs(merged - s.after.l)).toBeLessThanOrEqual(1e-12 * s.after.l);
            expect(s.partial).toHaveLength(s.end);
            expect(s.partial.every(Number.isFinite)).toBe(true);
            expect(Number.isFinite(s.after.m) && Number.isFinite(s.after.l)).toBe(true);
            expect(
              s.kind === 'raised' ? s.oldScale < 1 : s.kind === 'first' || s.oldScale === 1,
            ).toBe(true);
          }
          expect(run.steps.at(-1)?.after.m === Math.max(...z)).toBe(true);
          expect(run.maxDiff).toBeLessThan(1e-12);
        },
      ),
    );
  });

  it('with values, tracks the weighted sum and ends at softmax · v', () => {
    const z = [1, 3, 2, 5, 4, 0];
    const v = [10, -2, 0.5, 3, 7, 1];
    const run = stepperRun(z, 2, v);
    expect(run.output?.twoPass).toBeCloseTo(dot(softmax(z), v), 14);
    expect(run.output?.diff).toBeLessThan(1e-12);
    for (const s of run.steps) {
      const o = s.output;
      expect(o).toBeDefined();
      if (!o) continue;
      // õ is rescaled by the same factors as ℓ.
      expect(o.before * s.oldScale + o.block * s.blockScale).toBeCloseTo(o.after, 12);
      expect(o.o).toBeCloseTo(dot(softmax(z.slice(0, s.end)), v.slice(0, s.end)), 12);
    }
    expect(stepperRun(z, 2).output).toBeUndefined();
  });
});

describe('OnlineSoftmaxStepper URL state', () => {
  const fallback = { block: 2, done: 0 };

  it('round-trips scores, block size, step and values', () => {
    const state = { scores: [3, 1, 4, 1, 5, 9], block: 4, done: 1, values: [1, 2, 3, 4, 5, 6] };
    const text = encodeState(stepperParts(state));
    expect(text).toBe('3,1,4,1,5,9;b:4;s:1;v:1,2,3,4,5,6');
    const back = readStepperState(decodeState(text)!, { ...fallback, values: [0, 0, 0] });
    expect(back).toEqual(state);
    expect(readStepperState(decodeState('1,2,3')!, fallback)).toEqual({
      scores: [1, 2, 3],
      block: 2,
      done: 0,
      values: undefined,
    });
  });

  it('keeps the widget’s values, resized, when the link has scores only', () => {
    expect(
      readStepperState(decodeState('1,2,3,4')!, { ...fallback, values: [5, 6] })?.values,
    ).toEqual([5, 6, 0, 0]);
    expect(resize([1, 2, 3], 2)).toEqual([1, 2]);
  });

  it('rejects what does not fit', () => {
    for (const bad of [
      '1', // too few scores
      Array(17).fill(1).join(','), // too many
      '1,2000', // too large
      '1,2,3;b:0',
      '1,2,3;b:4', // block larger than the scores
      '1,2,3;b:1.5',
      '1,2,3;b:1,2',
      '1,2,3;b:2;s:3', // only 2 blocks
      '1,2,3;s:-1',
      '1,2,3;s:0.5',
      '1,2,3;x:1', // unknown key
      'b:2', // no scores
      '1,2,3;v:1,2,3', // values for a widget without values
    ]) {
      const st = decodeState(bad);
      expect(st === undefined || readStepperState(st, fallback) === undefined, bad).toBe(true);
    }
    expect(readStepperState(decodeState('1,2,3;v:1,2')!, { ...fallback, values: [0] })).toBe(
      undefined,
    );
  });
});
