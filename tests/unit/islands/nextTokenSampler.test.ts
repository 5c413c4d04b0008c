/**
 * <NextTokenSampler>: its props schema (lengths checked against each other, k against the
 * number of words, 0 < p ≤ 1), its labels (a default example of the same size in every
 * language, one word per default logit), its URL state, what it shows for a setting (decode)
 * and its seeded draws.
 */
import { describe, expect, it } from 'vitest';
import { parseProps } from '../../../src/islands/shared/props';
import fc from 'fast-check';
import { decodeState, encodeState } from '../../../src/islands/shared/urlState';
import { readSamplerState, samplerParts } from '../../../src/islands/NextTokenSampler/state';
import { languages } from '../../../src/i18n/locales';
import { mulberry32, sampleCategorical, softmax } from '../../../src/lib/math';
import { EXAMPLE_NEXT_LOGITS, limits, schema } from '../../../src/islands/NextTokenSampler/props';
import { labels } from '../../../src/islands/NextTokenSampler/labels';
import { decode } from '../../../src/islands/NextTokenSampler/decode';

const PAGE = '/en/next-token/intuitive/';
const parse = (props: unknown) => parseProps('NextTokenSampler', schema(), props, PAGE);

describe('NextTokenSampler props', () => {
  it('accept no props and the props a lesson passes', () => {
    expect(parse({})).toEqual({});
    const props = {
      tokens: ['mat', 'sofa', 'moon'],
      logits: [2, 1, -1],
      temperature: 0.7,
      k: 2,
      p: 0.9,
      seed: 42,
      param: 'next',
    };
    expect(parse(props)).toEqual(props);
    expect(parse({ logits: [...EXAMPLE_NEXT_LOGITS].reverse(), k: 8, p: 1 }).k).toBe(8);
    expect(parse({ tokens: labels.en.tokens.map((w) => w.toUpperCase()) })).toBeTruthy();
  });

  it('fail naming the widget, the prop and the page when the lengths do not match', () => {
    expect(() => parse({ tokens: ['a', 'b', 'c'], logits: [1, 2] })).toThrow(
      '<NextTokenSampler logits={…}> on /en/next-token/intuitive/ needs one value per word (3 words), got [1,2]',
    );
    expect(() => parse({ tokens: ['a', 'b', 'c'] })).toThrow(
      /<NextTokenSampler tokens=\{…\}> on .* has 3 words: give `logits` too/,
    );
    expect(() => parse({ logits: [1, 2, 3] })).toThrow(
      /logits=.*needs 8 values, one per default word/,
    );
  });

  it('reject bad words, logits, k, p, seed and unknown props', () => {
    expect(() => parse({ tokens: ['a'], logits: [1] })).toThrow(/tokens=.*2–10 words/);
    expect(() => parse({ tokens: ['a', ''], logits: [1, 2] })).toThrow(/tokens=.*1–20 characters/);
    expect(() => parse({ tokens: ['a', 'x'.repeat(21)], logits: [1, 2] })).toThrow(/tokens/);
    expect(() => parse({ tokens: Array(11).fill('a'), logits: Array(11).fill(0) })).toThrow(
      /tokens/,
    );
    expect(() => parse({ tokens: ['a', 'b'], logits: [1, NaN] })).toThrow(/logits/);
    expect(() => parse({ temperature: 0 })).toThrow(/temperature=.*0\.05…20/);
    for (const k of [0, 1.5, 9, -1])
      expect(() => parse({ k }), String(k)).toThrow(
        /k=\{…\}.*integer from 1 to the number of words/,
      );
    expect(() => parse({ tokens: ['a', 'b'], logits: [1, 2], k: 3 })).toThrow(/k=.*\(2\)/);
    for (const p of [0, -0.1, 1.01, NaN])
      expect(() => parse({ p }), String(p)).toThrow(/p=\{…\}.*0 < p ≤ 1/);
    expect(parse({ p: 0.001 }).p).toBe(0.001);
    expect(() => parse({ seed: 0.5 })).toThrow(/seed=.*integer/);
    expect(() => parse({ top_k: 3 })).toThrow(
      /no prop "top_k" \(it takes tokens, logits, temperature, k, p, seed, param\)/,
    );
  });
});

describe('NextTokenSampler labels', () => {
  it('give every language a prompt and one word per default logit, all different', () => {
    for (const lang of languages) {
      const l = labels[lang];
      expect(l.tokens, lang).toHaveLength(EXAMPLE_NEXT_LOGITS.length);
      expect(new Set(l.tokens).size, lang).toBe(l.tokens.length);
      for (const w of l.tokens) {
        expect(w.trim(), lang).toBe(w);
        expect(w.length, `${lang} ${w}`).toBeGreaterThan(0);
        expect(w.length, `${lang} ${w}`).toBeLessThanOrEqual(limits.tokens.maxLength);
      }
      // The default example passes the schema in every language.
      expect(() => parse({ tokens: l.tokens, logits: EXAMPLE_NEXT_LOGITS })).not.toThrow();
      expect(l.prompt.endsWith('…'), lang).toBe(true);
    }
  });
  it('are the same set of keys in every language', () => {
    const keys = Object.keys(labels.en).sort();
    for (const lang of languages) expect(Object.keys(labels[lang]).sort(), lang).toEqual(keys);
  });
});

describe('NextTokenSampler URL state', () => {
  const n = EXAMPLE_NEXT_LOGITS.length;
  const read = (text: string, size = n) => {
    const s = decodeState(text);
    return s === undefined ? undefined : readSamplerState(s, size);
  };
  it('round-trips logits, T, k, p and the count of draws (written once something is drawn)', () => {
    const none = encodeState(samplerParts(EXAMPLE_NEXT_LOGITS, 0.7, 3, 0.9, 0));
    expect(none).toBe('3.2,2.5,2.1,1.4,0.9,0.3,-0.5,-1.2;t:0.7;k:3;p:0.9');
    expect(read(none)).toEqual({
      logits: [...EXAMPLE_NEXT_LOGITS],
      temperature: 0.7,
      k: 3,
      p: 0.9,
      draws: 0,
    });
    const some = encodeState(samplerParts(EXAMPLE_NEXT_LOGITS, 0.7, 3, 0.9, 25));
    expect(some).toBe('3.2,2.5,2.1,1.4,0.9,0.3,-0.5,-1.2;t:0.7;k:3;p:0.9;d:25');
    expect(read(some)?.draws).toBe(25);
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 10 }),
        fc.double({ min: limits.temperature.min, max: limits.temperature.max, noNaN: true }),
        fc.nat({ max: limits.draws.max }),
        (size, t, d) => {
          const z = Array.from({ length: size }, (_, i) => i - 1);
          const back = read(encodeState(samplerParts(z, t, size, 1, d)), size);
          expect(back?.logits).toEqual(z);
          expect(back?.k).toBe(size);
          expect(back?.draws).toBe(d);
          expect(back?.temperature).toBeCloseTo(t, 4);
        },
      ),
    );
  });
  it('keeps its own T, k and p when the link names them not', () => {
    expect(read('1,2', 2)).toEqual({
      logits: [1, 2],
      temperature: null,
      k: null,
      p: null,
      draws: 0,
    });
  });
  it('refuses a tampered link whole: p outside (0, 1], k outside 1…n, a bad count, a wrong length, an unknown key', () => {
    for (const bad of [
      '1,2;p:0',
      '1,2;p:1.5',
      '1,2;k:0',
      '1,2;k:3',
      '1,2;k:1.5',
      '1,2;d:-1',
      '1,2;d:2.5',
      '1,2;d:1,2',
      `1,2;d:${limits.draws.max + 1}`,
      '1,2,3',
      '1,2;s:1',
      '1,1001',
    ])
      expect(read(bad, 2), bad).toBeUndefined();
    expect(read('1,2;p:0.001', 2)?.p).toBe(0.001);
    expect(read(`1,2;d:${limits.draws.max}`, 2)?.draws).toBe(limits.draws.max);
  });
});

describe('NextTokenSampler decode', () => {
  const z = [...EXAMPLE_NEXT_LOGITS];
  it('with no cut keeps every token and q is softmax at T', () => {
    const d = decode(z, 1, z.length, 1);
    expect(d.status.every((s) => s === 'kept')).toBe(true);
    d.q.forEach((x, i) => expect(x).toBeCloseTo(d.pT[i]!, 15));
    expect(d.pT).toEqual(softmax(z));
    expect(d.mass).toBeCloseTo(1, 12);
    expect(d.kept).toBe(z.length);
  });
  it('top-k drops all but the k most probable, top-p then cuts inside what is left', () => {
    const d = decode(z, 1, 4, 0.8);
    expect(d.keptK).toBe(4);
    expect(d.status.slice(4)).toEqual(['cut-k', 'cut-k', 'cut-k', 'cut-k']);
    // Renormalised over the first four: 0.496, 0.246, 0.165, 0.082; 0.8 needs three of them.
    expect(d.status.slice(0, 4)).toEqual(['kept', 'kept', 'kept', 'cut-p']);
    expect(d.kept).toBe(3);
    const sum = d.q.reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
    expect(d.mass).toBeCloseTo(d.pT[0]! + d.pT[1]! + d.pT[2]!, 12);
    expect(d.q[0]).toBeCloseTo(d.pT[0]! / d.mass, 12);
  });
  it('k = 1 or a tiny p is greedy decoding', () => {
    for (const d of [decode(z, 1, 1, 1), decode(z, 5, z.length, 0.001)]) {
      expect(d.q[0]).toBe(1);
      expect(d.kept).toBe(1);
    }
  });
  it('a token whose probability underflows at a low T is marked zero, never NaN', () => {
    const d = decode([1000, -1000, 0], 0.05, 3, 1);
    expect(d.status).toEqual(['kept', 'zero', 'zero']);
    expect(d.q).toEqual([1, 0, 0]);
    expect([...d.pT, ...d.q, d.mass].every(Number.isFinite)).toBe(true);
  });
  it('ties: top-k keeps the smaller index', () => {
    expect(decode([1, 1, 0], 1, 1, 1).status).toEqual(['kept', 'cut-k', 'cut-k']);
  });
});

describe('NextTokenSampler draws', () => {
  it('replay from the seed and only draw kept tokens', () => {
    const { q } = decode([...EXAMPLE_NEXT_LOGITS], 1, 3, 1);
    const run = (seed: number) => {
      const rng = mulberry32(seed);
      return Array.from({ length: 200 }, () => sampleCategorical(q, rng));
    };
    const a = run(1);
    expect(run(1)).toEqual(a);
    expect(a.every((i) => i >= 0 && i < 3)).toBe(true);
    const share = a.filter((i) => i === 0).length / a.length;
    expect(Math.abs(share - q[0]!)).toBeLessThan(0.1);
  });
});
