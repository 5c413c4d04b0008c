/**
 * The ten live widgets in real Chromium, in every language, on the lesson pages that use
 * them: default numbers (server-rendered and hydrated) against the core library, one edit,
 * keyboard use of a slider and a toggle, one URL round trip, a tampered link, and a fuzz run of hostile input with no page error,
 * no console error and never "NaN", "undefined" or "Infinity" in the island.
 * The run fails when a lesson lacks its island.
 */
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import fc from 'fast-check';
import { openSite, DIST, type Site } from '../support/site';
import { newWatchedPage } from '../support/browser';
import { axeViolations } from '../support/axe';
import { commonLabels } from '../../src/islands/shared/labels';
import { labels as safeLabels } from '../../src/islands/SafeComputation/labels';
import { labels as policyLabels } from '../../src/islands/SoftmaxPolicy/labels';
import { labels as samplerLabels } from '../../src/islands/NextTokenSampler/labels';
import { fill, formatSci } from '../../src/islands/shared/text';
import {
  crossEntropy,
  crossEntropyGradient,
  dot,
  entropy,
  floatFormat,
  mergeSoftmaxStates,
  onlineSoftmax,
  roundToFormat,
  sigmoid,
  softmax,
  softmaxJacobian,
  softmaxState,
  softmaxSteps,
} from '../../src/lib/math';
import {
  formatNumber,
  formatNumberList,
  parseNumberList,
  type NumberLocale,
} from '../../src/lib/numbers';

const LANGS: NumberLocale[] = ['en', 'pt', 'ru'];

/** What the test reads from an island's DOM. */
interface Dom {
  texts(selector: string): Promise<string[]>;
  fieldValues(): Promise<string[]>;
  checked(): Promise<boolean[]>;
  output(): Promise<string>;
  attr(selector: string, name: string): Promise<string | null>;
}

interface Spec {
  name: string;
  lesson: string;
  /** Other lessons that must show this island too (checked without JavaScript). */
  also?: string[];
  param: string;
  /** Checks the numbers shown for the logits currently in the field(s). */
  check(dom: Dom, locale: NumberLocale): Promise<void>;
  /** A state for the URL round trip and the field text it must produce. */
  url: string;
}

const f3 = (x: number, l: NumberLocale) => formatNumber(x, l, 3);
const list3 = (xs: number[], l: NumberLocale) => xs.map((x) => f3(x, l));
const tuple = (xs: number[], l: NumberLocale, d = 3) =>
  `(${formatNumberList(xs, l, d, { uniform: true })})`;

function parse(text: string, l: NumberLocale): number[] {
  const r = parseNumberList(text, l, { maxAbs: 1e6 });
  if (!r.ok) throw new Error(`field text does not parse: ${text}`);
  return r.values;
}
async function logits(dom: Dom, l: NumberLocale): Promise<number[]> {
  const [first] = await dom.fieldValues();
  return parse(first ?? '', l);
}
const onlyNumber = (text: string, l: NumberLocale) => parse(text, l)[0] as number;

/** SafeComputation's precision switch, in the order of its radios. */
const SAFE_FORMATS = ['float64', 'float32', 'float16', 'bfloat16'] as const;

const SPECS: Spec[] = [
  {
    name: 'LogitPlayground',
    lesson: 'what-is-softmax',
    param: 'playground',
    url: '1,2,3,-0.5',
    async check(dom, l) {
      const z = await logits(dom, l);
      const p = softmax(z);
      expect(await dom.texts('[data-out="p"]')).toEqual(list3(p, l));
      const k = p.indexOf(Math.max(...p));
      expect(await dom.texts('[data-out="onehot"]')).toEqual(
        p.map((_, i) => (i === k ? '1' : '0')),
      );
      expect(await dom.texts('[data-out="sum"]')).toEqual([f3(1, l)]);
    },
  },
  {
    name: 'StepByStep',
    lesson: 'what-is-softmax',
    param: 'steps',
    url: '0.5,1.5,-1',
    async check(dom, l) {
      const s = softmaxSteps(await logits(dom, l));
      expect(await dom.texts('[data-out="p"]')).toEqual([tuple(s.probabilities, l)]);
      expect(await dom.texts('[data-out="exps"]')).toEqual([tuple(s.exps, l, 4)]);
      expect((await dom.texts('[data-out="sum"]'))[0]).toContain(formatNumber(s.sum, l, 4));
      expect((await dom.texts('[data-out="max"]'))[0]).toContain(formatNumber(s.max, l, 4));
    },
  },
  {
    name: 'ArgmaxVsSoftmax',
    lesson: 'argmax-vs-softmax',
    param: 'argmax',
    url: '0.5,1,-2;k:2',
    async check(dom, l) {
      const z = await logits(dom, l);
      const p = softmax(z);
      expect(await dom.texts('[data-out="p"]')).toEqual(list3(p, l));
      const k = z.indexOf(Math.max(...z));
      expect(await dom.texts('[data-out="onehot"]')).toEqual(
        z.map((_, i) => (i === k ? '1' : '0')),
      );
    },
  },
  {
    name: 'TemperatureDial',
    lesson: 'temperature',
    also: ['trusting-probabilities'],
    param: 'temperature',
    url: '3,1,0.2;t:0.5',
    async check(dom, l) {
      const z = await logits(dom, l);
      const t = onlyNumber(await dom.output(), l);
      const p = softmax(z, { temperature: t });
      expect(await dom.texts('[data-out="p"]')).toEqual(list3(p, l));
      expect((await dom.texts('[data-out="entropy"]'))[0]).toContain(f3(entropy(p), l));
      expect(await dom.texts('[data-out="hot"]')).toEqual(z.map(() => f3(1 / z.length, l)));
    },
  },
  {
    name: 'JacobianMatrix',
    lesson: 'derivative',
    param: 'jacobian',
    url: '1,0,-1,0.5',
    async check(dom, l) {
      const J = softmaxJacobian(softmax(await logits(dom, l)));
      expect(await dom.texts('[data-out="j"]')).toEqual(J.flat().map((x) => f3(x, l)));
    },
  },
  {
    name: 'CrossEntropyGradient',
    lesson: 'classifier-output',
    param: 'xent',
    url: '1,2,0.5;k:3',
    async check(dom, l) {
      const z = await logits(dom, l);
      const t = (await dom.checked()).indexOf(true);
      expect(t).toBeGreaterThanOrEqual(0);
      expect((await dom.texts('[data-out="loss"]'))[0]).toContain(f3(crossEntropy(z, t), l));
      expect(await dom.texts('[data-out="grad"]')).toEqual(list3(crossEntropyGradient(z, t), l));
    },
  },
  {
    name: 'SafeComputation',
    lesson: 'computing-safely',
    // (the formal level starts in float16, the others in float64: the checks read the switch.)
    param: 'safe',
    url: '800,-800,799;p:24',
    async check(dom, l) {
      const z = await logits(dom, l);
      // The format chosen on the precision switch (radios in this order), emulated here on its own:
      // the logits stored in the format, every exponential, partial sum, shift and quotient rounded to it.
      const format = SAFE_FORMATS[(await dom.checked()).indexOf(true)];
      if (!format) throw new Error('SafeComputation: no format selected');
      const F = floatFormat(format);
      expect((await dom.texts('[data-out="facts"]'))[0]).toContain(
        formatNumber(F.expOverflow, l, 2),
      );
      const r = (x: number) => roundToFormat(x, format);
      const stored = z.map(r);
      if (!stored.every(Number.isFinite)) {
        // A logit beyond the format's range: neither recipe runs, and the widget says so.
        expect(await dom.attr('[data-out="naive"]', 'data-state')).toBe('unrepresentable');
        expect(await dom.texts('[data-out="p"]')).toEqual([]);
        return;
      }
      const add = (xs: number[]) => xs.reduce((a, b) => r(a + b), 0);
      const m = Math.max(...stored);
      const shifted = stored.map((x) => r(Math.exp(r(x - m))));
      const s = add(shifted);
      const p = format === 'float64' ? softmax(z) : shifted.map((x) => r(x / s));
      expect(await dom.texts('[data-out="p"]')).toEqual([tuple(p, l)]);
      // The verdict compares the naive result with the stable one (tolerance 10⁻⁹ in float64, 8ε below).
      const e = stored.map((x) => r(Math.exp(x)));
      const sum = add(e);
      const naive = e.map((x) => r(x / sum));
      const tolerance = format === 'float64' ? 1e-9 : 8 * F.epsilon;
      const state = !naive.every(Number.isFinite)
        ? 'noResult'
        : naive.some((x, i) => Math.abs(x - (p[i] as number)) > tolerance)
          ? 'disagrees'
          : 'agrees';
      expect(await dom.attr('[data-out="naive"]', 'data-state')).toBe(state);
      expect(await dom.texts('[data-out="naive-p"]')).toEqual(
        state === 'noResult' ? [] : [tuple(naive, l)],
      );
    },
  },
  {
    name: 'SigmoidVsSoftmax',
    lesson: 'multi-label',
    param: 'sigmoid',
    url: '1,-1,2;y:0,1,1',
    async check(dom, l) {
      const z = await logits(dom, l);
      const y = await dom.checked();
      expect(await dom.texts('[data-out="sigmoid"]')).toEqual(list3(z.map(sigmoid), l));
      expect(await dom.texts('[data-out="p"]')).toEqual(list3(softmax(z), l));
      const bce = z.reduce((a, x, i) => a - Math.log(y[i] ? sigmoid(x) : 1 - sigmoid(x)), 0);
      expect((await dom.texts('[data-out="bce"]'))[0]).toContain(f3(bce, l));
      const n = y.filter(Boolean).length;
      if (n > 0) {
        const ce = crossEntropy(
          z,
          y.map((on) => (on ? 1 / n : 0)),
        );
        expect((await dom.texts('[data-out="ce"]'))[0]).toContain(f3(ce, l));
      }
    },
  },
  {
    name: 'SoftmaxPolicy',
    lesson: 'reinforcement-learning',
    param: 'policy',
    url: '1,0.5,0;t:2',
    async check(dom, l) {
      const z = await logits(dom, l);
      const t = onlyNumber(await dom.output(), l);
      expect(await dom.texts('[data-out="p"]')).toEqual(list3(softmax(z, { temperature: t }), l));
    },
  },
  {
    name: 'AttentionWeights',
    lesson: 'attention',
    param: 'attention',
    url: 'r1:1,0,0;r2:0,2,0;r3:1,1,1;s:0;m:1',
    async check(dom, l) {
      const rows = (await dom.fieldValues()).map((text) => parse(text, l));
      const [scale, mask] = await dom.checked();
      const d = Number(await dom.attr('[data-d]', 'data-d'));
      const expected: string[] = [];
      rows.forEach((row, i) => {
        const w = softmax(mask ? row.map((x, j) => (j > i ? -Infinity : x)) : row, {
          temperature: scale ? Math.sqrt(d) : 1,
        });
        w.forEach((x, j) => {
          if (!(mask && j > i)) expected.push(f3(x, l));
        });
      });
      expect(await dom.texts('[data-out="w"]')).toEqual(expected);
    },
  },
  {
    name: 'SimplexExplorer',
    lesson: 'what-is-softmax',
    param: 'simplex',
    url: '0.5,1.5,-1;t:0.5',
    async check(dom, l) {
      const z = await logits(dom, l);
      const t = onlyNumber(await dom.output(), l);
      expect(await dom.texts('[data-out="p"]')).toEqual(list3(softmax(z), l));
      // Two points of the line z + c·1: sum 0 (c = −mean) and log p (c = −LSE z).
      const mean = z.reduce((a, b) => a + b, 0) / z.length;
      const top = Math.max(...z);
      const lse = top + Math.log(z.reduce((a, v) => a + Math.exp(v - top), 0));
      expect(await dom.texts('[data-out="centred"]')).toEqual([
        tuple(
          z.map((v) => v - mean),
          l,
        ),
      ]);
      expect(await dom.texts('[data-out="logp"]')).toEqual([
        tuple(
          z.map((v) => v - lse),
          l,
        ),
      ]);
      expect((await dom.texts('[data-out="path"]'))[0]).toContain(
        tuple(softmax(z, { temperature: t }), l),
      );
    },
  },
  {
    name: 'NextTokenSampler',
    lesson: 'next-token',
    param: 'sampler',
    url: '1,2,3,-0.5,0,0.5,1.5,-1;t:0.5;k:4;p:0.8',
    async check(dom, l) {
      const z = await logits(dom, l);
      const t = onlyNumber(await dom.output(), l);
      const k = Number(await dom.attr('[data-k]', 'data-k'));
      const p = Number(await dom.attr('[data-p]', 'data-p'));
      const pT = softmax(z, { temperature: t });
      expect(await dom.texts('[data-out="p"]')).toEqual(list3(pT, l));
      // Top-k then top-p, written out here on their own: rank by pT (ties to the smaller index),
      // keep the first k, then the fewest of those whose renormalised sum reaches p.
      const order = pT
        .map((_, i) => i)
        .sort((a, b) => (pT[b] as number) - (pT[a] as number) || a - b);
      const inK = order.slice(0, k).filter((i) => (pT[i] as number) > 0);
      const massK = inK.reduce((a, i) => a + (pT[i] as number), 0);
      const kept: number[] = [];
      let acc = 0;
      for (const i of inK) {
        if (kept.length > 0 && acc >= p * massK * (1 - 1e-12)) break;
        kept.push(i);
        acc += pT[i] as number;
      }
      const states = z.map((_, i) =>
        kept.includes(i) ? 'kept' : pT[i] === 0 ? 'zero' : inK.includes(i) ? 'cut-p' : 'cut-k',
      );
      expect(await dom.texts('[data-out="q"]').then((xs) => xs.length)).toBe(z.length);
      for (const [i, state] of states.entries()) {
        const row = `tr:nth-child(${i + 1}) [data-out="q"]`;
        expect(await dom.attr(row, 'data-state'), `token ${i + 1}`).toBe(state);
        const [text] = await dom.texts(row);
        if (state === 'kept') expect(text).toBe(f3((pT[i] as number) / acc, l));
        else expect(text?.startsWith('—')).toBe(true);
      }
      // Greedy decoding is the argmax of the logits, whatever T, k and p.
      const words = await dom.texts('[data-out="token"]');
      const g = z.indexOf(Math.max(...z));
      expect((await dom.texts('[data-out="greedy"]'))[0]).toContain(words[g] as string);
      // The counts of the draws add up to the total shown.
      const counts = (await dom.texts('[data-out="count"]')).map((x) => onlyNumber(x, l));
      expect(counts).toHaveLength(z.length);
      const total = counts.reduce((a, b) => a + b, 0);
      expect((await dom.texts('[data-out="total"]'))[0]).toContain(formatNumber(total, l, 0));
    },
  },
  {
    name: 'OnlineSoftmaxStepper',
    lesson: 'online-softmax',
    param: 'online',
    url: '3,1,4,1,5,9;b:4;s:2',
    async check(dom, l) {
      const [first, second] = await dom.fieldValues();
      const z = parse(first ?? '', l);
      const v = second === undefined ? undefined : parse(second, l);
      const b = onlyNumber(await dom.output(), l);
      const done = Number(await dom.attr('[data-done]', 'data-done'));
      const total = Math.ceil(z.length / b);
      expect(done).toBeGreaterThanOrEqual(0);
      expect(done).toBeLessThanOrEqual(total);
      const f4 = (x: number) => formatNumber(x, l, 4);
      // The running state block by block, folded here with the library's merge; rows not read yet show "—".
      const want = { mb: [] as string[], lb: [] as string[], m: [] as string[], l: [] as string[] };
      const o: string[] = [];
      let state = { m: -Infinity, l: 0 };
      for (let k = 0; k < total; k++) {
        const own = softmaxState(z.slice(k * b, (k + 1) * b));
        state = mergeSoftmaxStates(state, own);
        const read = k < done;
        want.mb.push(read ? f4(own.m) : '—');
        want.lb.push(read ? f4(own.l) : '—');
        want.m.push(read ? f4(state.m) : '—');
        want.l.push(read ? f4(state.l) : '—');
        const end = Math.min(z.length, (k + 1) * b);
        if (v) o.push(read ? formatSci(dot(softmax(z.slice(0, end)), v.slice(0, end)), l, 4) : '—');
      }
      for (const [key, texts] of Object.entries(want))
        expect(await dom.texts(`[data-out="${key}"]`), key).toEqual(texts);
      expect(await dom.texts('[data-out="o"]')).toEqual(o);
      // At the end: the online result beside the two-pass softmax.
      const finished = done === total;
      expect(await dom.texts('[data-out="p"]')).toEqual(
        finished ? onlineSoftmax(z, b).map(f4) : [],
      );
      expect(await dom.texts('[data-out="p2"]')).toEqual(finished ? softmax(z).map(f4) : []);
      expect(await dom.texts('[data-out="diff"]')).toHaveLength(finished ? 1 : 0);
    },
  },
];

/** Random and hostile field inputs, reproducible (fixed seed). */
function hostileInputs(locale: NumberLocale, count: number): string[] {
  const fixed = [
    '',
    '   ',
    'abc',
    'NaN',
    'Infinity',
    '-Infinity',
    'undefined',
    'null',
    '1e400',
    '-1e400',
    '1e-400',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '{@html "<b>x</b>"}',
    '1,,2',
    ';;',
    '1;;2',
    '1.000',
    '1.000.000',
    '2,5',
    '0,5; 0,5',
    '1.5; 2,5',
    '0x10',
    '１２',
    '−1 −2',
    '+3 -4',
    '\u0000',
    '😀',
    '9'.repeat(400),
    Array.from({ length: 50 }, (_, i) => String(i)).join(locale === 'en' ? ',' : ';'),
    '1 2 3 4 5 6 7 8 9 10 11',
    '1e6 -1e6',
    '1000000.5',
    '7',
    '1 1',
    '0 0 0',
  ];
  const sep = locale === 'en' ? ', ' : '; ';
  const num = fc.oneof(
    fc.double({ noNaN: false, min: -1e7, max: 1e7 }),
    fc.integer({ min: -1000, max: 1000 }),
    fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308, 5e-324, 0, -0),
  );
  const numberList = fc
    .array(num, { minLength: 0, maxLength: 12 })
    .map((xs) =>
      xs.map((x) => (Number.isFinite(x) ? formatNumber(x, locale, 6) : String(x))).join(sep),
    );
  const arb = fc.oneof(
    numberList,
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );
  return [
    ...fixed,
    ...fc.sample(arb, { seed: 20240607, numRuns: Math.max(0, count - fixed.length) }),
  ];
}

/**
 * The pages of `lesson` in `lang` that hold the island, lightest first (by HTML size): a widget
 * is the same component on every level, and a formal page with 280 formulas costs the browser
 * several times what an intuitive one does.
 */
function pagesWith(name: string, lesson: string, lang: NumberLocale): string[] {
  const marker = `data-island="${name}"`;
  const dir = join(DIST, lang, lesson);
  const found: { path: string; size: number }[] = [];
  if (existsSync(dir)) {
    for (const level of readdirSync(dir)) {
      const file = join(dir, level, 'index.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      if (html.includes(marker))
        found.push({ path: `${lang}/${lesson}/${level}/`, size: html.length });
    }
  }
  if (found.length === 0)
    throw new Error(
      `No page of lesson "${lesson}" in ${lang} contains <${name} /> (looked in ${dir})`,
    );
  return found.sort((a, b) => a.size - b.size).map((f) => f.path);
}

/** The lightest page of `lesson` in `lang` that holds the island: the journeys run there. */
const findPage = (name: string, lesson: string, lang: NumberLocale): string =>
  pagesWith(name, lesson, lang)[0] as string;

/**
 * A sampling widget (SoftmaxPolicy, NextTokenSampler): its counts as numbers, and `draw`, which
 * clicks the second of its `buttons` and waits until the counts add up to `total`.
 */
function sampling(page: Page, name: string, buttons: string, expect: ExpectStatic) {
  const dom = domOf(page, name);
  const counts = async (lang: NumberLocale) =>
    (await dom.texts('[data-out="count"]')).map((x) => onlyNumber(x, lang));
  const draw = async (lang: NumberLocale, total: number) => {
    await page.locator(`[data-island="${name}"]`).locator(buttons).nth(1).click();
    await expect.poll(async () => (await counts(lang)).reduce((a, b) => a + b, 0)).toBe(total);
    return counts(lang);
  };
  return { counts, draw };
}

function domOf(page: Page, name: string): Dom {
  const root = page.locator(`[data-island="${name}"]`);
  return {
    texts: (selector) =>
      root
        .locator(selector)
        .allTextContents()
        .then((xs) => xs.map((x) => x.trim())),
    fieldValues: () =>
      root
        .locator('input[type="text"]')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    checked: () =>
      root
        .locator('input[type="radio"], input[type="checkbox"]')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked)),
    output: () =>
      root
        .locator('output')
        .first()
        .textContent()
        .then((x) => x ?? ''),
    attr: (selector, attr) => root.locator(selector).first().getAttribute(attr),
  };
}

/** Retries `fn` until it passes (islands update asynchronously) or the time is up. */
async function eventually(fn: () => Promise<void>, ms = 6000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

async function hydrated(page: Page, name: string): Promise<void> {
  const root = page.locator(`[data-island="${name}"]`);
  await root.scrollIntoViewIfNeeded();
  await page.locator(`[data-island="${name}"][data-ready="true"]`).waitFor({ timeout: 15_000 });
}

const BAD = /NaN|undefined|Infinity/;

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe.concurrent.each(LANGS)('islands in %s', (lang) => {
  it('every island renders its default result without JavaScript', async ({ expect }) => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin, {
      javaScriptEnabled: false,
    });
    try {
      // The lightest page of each lesson that holds the island (where the journeys below run),
      // and, in one language per island (they take turns), every other level's page too, so each
      // level's props (a float16 start, labels that are present, a cold temperature) are checked.
      for (const [i, spec] of SPECS.entries()) {
        const everyLevel = LANGS[i % LANGS.length] === lang;
        for (const lesson of [spec.lesson, ...(spec.also ?? [])]) {
          const paths = pagesWith(spec.name, lesson, lang);
          for (const path of everyLevel ? paths : paths.slice(0, 1)) {
            await page.goto(site.server.url + path, { waitUntil: 'domcontentloaded' });
            await spec.check(domOf(page, spec.name), lang);
            expect(
              await page.locator(`[data-island="${spec.name}"]`).first().textContent(),
              `${spec.name} on ${path}`,
            ).not.toMatch(BAD);
          }
        }
      }
    } finally {
      await context.close();
    }
  });

  it.for(SPECS)(
    '$name: defaults, axe, edit, bad input, keyboard, specifics, URL round trip, tampered link, fuzz',
    async (spec, { expect }) => {
      // (the test's own expect: expect.poll needs it when tests run concurrently)
      const path = findPage(spec.name, spec.lesson, lang);
      // Each language in another setting: en light, pt dark, ru on a 320 px phone screen with reduced motion.
      const setting =
        lang === 'pt'
          ? { colorScheme: 'dark' as const }
          : lang === 'ru'
            ? {
                viewport: { width: 320, height: 640 },
                hasTouch: true,
                reducedMotion: 'reduce' as const,
              }
            : {};
      const { context, page, problems } = await newWatchedPage(
        site.browser,
        site.server.origin,
        setting,
      );
      // Named steps: a failure says which one it happened in.
      let current = '';
      const step = (name: string) => (current = name);
      try {
        const dom = domOf(page, spec.name);
        const root = page.locator(`[data-island="${spec.name}"]`);
        const field = root.locator('input[type="text"]').first();

        step('defaults');
        // 1. Defaults after hydration, then one edit (same count of values, so every island accepts it).
        await page.goto(site.server.url + path, { waitUntil: 'domcontentloaded' });
        await hydrated(page, spec.name);
        await spec.check(dom, lang);
        step('axe, width and motion');
        // Accessible in this setting (contrast in light and dark themes included) and no wider than the screen.
        expect(
          await axeViolations(page, { include: `[data-island="${spec.name}"]`, all: true }),
        ).toEqual([]);
        expect(
          await root.evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth + 0.5),
        ).toBe(true);
        // Bars animate only when the reader has not asked for reduced motion.
        const fill0 = root.locator('.isl-bars__fill').first();
        if ((await fill0.count()) > 0) {
          const seconds = parseFloat(
            await fill0.evaluate((el) => getComputedStyle(el).transitionDuration),
          );
          if (lang === 'ru') expect(seconds).toBeLessThan(0.001);
          else expect(seconds).toBeGreaterThan(0);
        }
        step('one edit, typed key by key');
        const n = parse(await field.inputValue(), lang).length;
        const edited = [0.5, -2, 1.5, 3, -0.25, 1, 2, -1, 0, 4].slice(0, n);
        // Typed key by key, as a reader would: the field keeps exactly what was typed.
        const typed = formatNumberList(edited, lang, 4);
        await field.fill('');
        await field.pressSequentially(typed);
        await eventually(async () => {
          expect(await field.inputValue()).toBe(typed);
          expect(parse(await field.inputValue(), lang)).toEqual(edited);
          await spec.check(dom, lang);
        });
        step('bad input keeps the last good result');
        // Bad input: a message in the reader's language next to the field; the last good result stays.
        const shown = await root.locator('[data-out]').allTextContents();
        const c = commonLabels[lang];
        await field.fill('abc');
        await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
        const message = root.locator('.isl-error[role="alert"]');
        expect(await message.textContent()).toContain(fill(c.errNotANumber, { n: 1 }));
        const described = (await field.getAttribute('aria-describedby')) ?? '';
        expect(
          await message.evaluate(
            (el, ids) => ids.split(' ').includes(el.parentElement?.id ?? ''),
            described,
          ),
        ).toBe(true);
        expect(await root.locator('[data-out]').allTextContents()).toEqual(shown);
        if (spec.name === 'LogitPlayground') {
          // Where a separator is ambiguous: "2,5" in English is two values (with a note);
          // "1.000" in Portuguese or Russian could be a thousand, so it is refused.
          await field.fill(lang === 'en' ? '1, 2,5' : '1.000; 2');
          if (lang === 'en')
            await expect.poll(() => root.locator('.isl-note').textContent()).toContain('2,5');
          else await expect.poll(() => message.textContent()).toContain('1.000');
          // Where a space groups thousands (ru), "1 000,5" reads as two values, and the reader is told.
          if (lang === 'ru') {
            await field.fill('1 000,5; 2');
            await expect
              .poll(() => root.locator('.isl-note').textContent())
              .toContain(fill(commonLabels[lang].spaceNote, { token: '1 000,5' }));
          }
        }
        await field.fill(formatNumberList(edited, lang, 4));
        await expect.poll(() => field.getAttribute('aria-invalid')).toBe('false');

        step('keyboard');
        // Keyboard: a slider moves with an arrow key, a radio button or checkbox with Space.
        const range = root.locator('input[type="range"]').first();
        if ((await range.count()) > 0) {
          const before = await range.inputValue();
          await range.focus();
          await page.keyboard.press('ArrowRight');
          await eventually(async () => {
            expect(await range.inputValue()).not.toBe(before);
            await spec.check(dom, lang);
          });
        }
        // Space flips a checkbox; on a radio group it must select a radio that was not selected
        // (pinned by index: a `:not(:checked)` locator would move to another radio afterwards).
        const checkboxes = root.locator('input[type="checkbox"]');
        const radios = root.locator('input[type="radio"]');
        const radioStates = await radios.evaluateAll((els) =>
          els.map((e) => (e as HTMLInputElement).checked),
        );
        const toggle =
          (await checkboxes.count()) > 0
            ? checkboxes.last()
            : radioStates.includes(false)
              ? radios.nth(radioStates.indexOf(false))
              : undefined;
        if (radioStates.length > 0)
          expect(
            radioStates.filter(Boolean),
            `${spec.name}: exactly one radio selected`,
          ).toHaveLength(1);
        if (toggle) {
          const before = await toggle.isChecked();
          await toggle.focus();
          await page.keyboard.press('Space');
          await eventually(async () => {
            expect(await toggle.isChecked()).toBe(!before);
            await spec.check(dom, lang);
          });
        }
        step(`${spec.name} specifics`);
        if (spec.name === 'SoftmaxPolicy') {
          // Sampling: seeded, so the counts are reproducible; 1000 draws land near the probabilities.
          await root.locator('button').nth(2).click();
          await eventually(async () => {
            const counts = (await dom.texts('[data-out="count"]')).map((x) => onlyNumber(x, lang));
            expect(counts.reduce((a, b) => a + b, 0)).toBe(1000);
            expect(await dom.texts('[data-out="share"]')).toEqual(
              counts.map((c) => f3(c / 1000, lang)),
            );
            const t = onlyNumber(await dom.output(), lang);
            const p = softmax(await logits(dom, lang), { temperature: t });
            counts.forEach((c, i) =>
              expect(Math.abs(c / 1000 - (p[i] as number))).toBeLessThan(0.06),
            );
          });
        }
        if (spec.name === 'SafeComputation') {
          const radios = root.locator('input[type="radio"]');
          expect(await radios.count()).toBe(SAFE_FORMATS.length);
          await radios.first().check();
          // Finite is not right: the sum overflows with every e^z finite, and subnormal e^z lose precision.
          for (const [z, failure, naive] of [
            [[709.5, 709.5, 0], 'overflow', [0, 0, 0]],
            [[-745, -744], 'precision', [1 / 3, 2 / 3]],
          ] as const) {
            await field.fill(formatNumberList(z, lang, 1));
            await expect.poll(() => dom.attr('[data-out="naive"]', 'data-state')).toBe('disagrees');
            expect(await dom.attr('[data-out="naive"]', 'data-failure')).toBe(failure);
            expect(await dom.texts('[data-out="naive-p"]')).toEqual([tuple([...naive], lang)]);
            expect(await dom.texts('[data-out="p"]')).toEqual([tuple(softmax(z), lang)]);
            expect(await root.locator('[data-out="naive"]').textContent()).toContain(
              safeLabels[lang].disagrees.split('{')[0],
            );
          }
          // The precision switch: in each format the naive formula works two below ln(largest
          // finite value) (≈ 709.78, 88.72, 11.09, 88.72) and overflows just above it; the stable one works on both.
          for (const [i, format] of SAFE_FORMATS.entries()) {
            await radios.nth(i).check();
            const t = Math.floor(floatFormat(format).expOverflow);
            await field.fill(formatNumberList([t - 2, t - 1], lang, 0));
            await expect.poll(() => dom.attr('[data-out="naive"]', 'data-state')).toBe('agrees');
            await eventually(() => spec.check(dom, lang));
            await field.fill(formatNumberList([t, t + 1], lang, 0));
            await expect.poll(() => dom.attr('[data-out="naive"]', 'data-state')).toBe('noResult');
            expect(await dom.attr('[data-out="naive"]', 'data-failure')).toBe('overflow');
            await eventually(() => spec.check(dom, lang));
          }
          // float16 cannot even store 70000 (its largest number is 65504).
          await radios.nth(SAFE_FORMATS.indexOf('float16')).check();
          await field.fill(formatNumberList([70000, 0], lang, 0));
          await expect
            .poll(() => dom.attr('[data-out="naive"]', 'data-state'))
            .toBe('unrepresentable');
          await eventually(() => spec.check(dom, lang));
          // The format travels in the link as its precision p (11 bits: float16).
          await page.goto(`${site.server.url}${path}?${spec.param}=11,11,0;p:11`, {
            waitUntil: 'domcontentloaded',
          });
          await hydrated(page, spec.name);
          await expect.poll(() => dom.checked()).toEqual([false, false, true, false]);
          await expect.poll(() => dom.attr('[data-out="naive"]', 'data-state')).toBe('disagrees');
          expect(await dom.attr('[data-out="naive"]', 'data-failure')).toBe('overflow');
          await eventually(() => spec.check(dom, lang));
          expect(await root.locator('.isl-notice').count()).toBe(0);
        }
        if (spec.name === 'StepByStep') {
          // The stepper: Next moves the current step, by keyboard too.
          const current = root.locator('li[aria-current="step"]');
          expect(await current.locator('[data-out]').getAttribute('data-out')).toBe('max');
          await root.locator('button').nth(1).focus();
          await page.keyboard.press('Enter');
          await expect
            .poll(() => current.locator('[data-out]').getAttribute('data-out'))
            .toBe('shifted');
        }
        // The edits reach the URL (debounced replaceState).
        await eventually(async () =>
          expect(new URL(page.url()).searchParams.get(spec.param)).toBeTruthy(),
        );

        step('URL round trip');
        // 2. URL round trip: load with a state parameter and see it applied.
        await page.goto(`${site.server.url}${path}?${spec.param}=${spec.url}`, {
          waitUntil: 'domcontentloaded',
        });
        await hydrated(page, spec.name);
        const urlValues = spec.url.split(';')[0]?.replace(/^r1:/, '').split(',').map(Number) ?? [];
        await eventually(async () => {
          expect(parse(await field.inputValue(), lang)).toEqual(urlValues);
          await spec.check(dom, lang);
        });
        expect(await root.locator('.isl-notice').count()).toBe(0);

        step('tampered link');
        // 3. A tampered link: ignored with a visible message, nothing injected.
        const tampered = encodeURIComponent('<script>alert(1)</script>,1e400,NaN');
        await page.goto(`${site.server.url}${path}?${spec.param}=${tampered}`, {
          waitUntil: 'domcontentloaded',
        });
        await hydrated(page, spec.name);
        await expect.poll(() => root.locator('.isl-notice').count()).toBe(1);
        await spec.check(dom, lang);

        step('fuzz');
        // 4. Fuzz: 200 hostile inputs typed into the field, plus random slider moves.
        const inputs = hostileInputs(lang, 200);
        const failures = await root.evaluate(async (el, list) => {
          const out: string[] = [];
          const text = el.querySelector<HTMLInputElement>('input[type="text"]');
          const ranges = [...el.querySelectorAll<HTMLInputElement>('input[type="range"]')];
          // Svelte flushes in a microtask queued by the event: two microtask turns see the DOM.
          const tick = async () => {
            await Promise.resolve();
            await Promise.resolve();
          };
          let seed = 7;
          const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
          for (const value of list) {
            if (!text) break;
            text.value = value;
            text.dispatchEvent(new Event('input', { bubbles: true }));
            const range = ranges[Math.floor(rnd() * ranges.length)];
            if (range && rnd() < 0.3) {
              range.value = String(
                Number(range.min) + rnd() * (Number(range.max) - Number(range.min)),
              );
              range.dispatchEvent(new Event('input', { bubbles: true }));
            }
            await tick();
            const shown = el.textContent ?? '';
            if (/NaN|undefined|Infinity/.test(shown))
              out.push(`${JSON.stringify(value)} → ${shown.slice(0, 200)}`);
            if (el.querySelector('script, img, svg [onload]'))
              out.push(`${JSON.stringify(value)} injected markup`);
          }
          await new Promise((r) => setTimeout(r, 50));
          if (/NaN|undefined|Infinity/.test(el.textContent ?? ''))
            out.push(`final state: ${(el.textContent ?? '').slice(0, 200)}`);
          return out;
        }, inputs);
        expect(failures).toEqual([]);
        expect(problems.pageErrors).toEqual([]);
        expect(problems.consoleErrors).toEqual([]);
        expect(problems.offHost).toEqual([]);
      } catch (error) {
        if (error instanceof Error) error.message = `step "${current}": ${error.message}`;
        throw error;
      } finally {
        await context.close();
      }
    },
  );
});

describe.concurrent('islands before and without JavaScript', () => {
  const playground = SPECS.find((s) => s.name === 'LogitPlayground') as Spec;

  it('text typed before the island hydrates is kept and drives the result', async ({ expect }) => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
    try {
      // Hold the island's own chunk back, as a slow link would.
      let release: () => void = () => {};
      const held = new Promise<void>((r) => (release = r));
      await page.route(/\/_astro\/LogitPlayground\.[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(site.server.url + findPage('LogitPlayground', 'what-is-softmax', 'en'), {
        waitUntil: 'domcontentloaded',
      });
      const root = page.locator('[data-island="LogitPlayground"]');
      const field = root.locator('input[type="text"]').first();
      await root.scrollIntoViewIfNeeded();
      await expect.poll(() => field.isEnabled()).toBe(true);
      await field.fill('');
      await field.pressSequentially('4, 0, 1');
      expect(await root.getAttribute('data-ready')).toBeNull();
      release();
      await hydrated(page, 'LogitPlayground');
      await eventually(async () => {
        expect(await field.inputValue()).toBe('4, 0, 1');
        await playground.check(domOf(page, 'LogitPlayground'), 'en');
      });
      // …and, like any later edit, reaches the link.
      await eventually(async () =>
        expect(new URL(page.url()).searchParams.get('playground')).toBe('4,0,1'),
      );
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  /** Opens `name`'s English page with the island's own chunk held back until `release()` (a slow link). */
  async function holdIsland(t: ExpectStatic, page: Page, name: string, lesson: string) {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(new RegExp(`/_astro/${name}\\.[^/]*\\.js$`), async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(site.server.url + findPage(name, lesson, 'en'), {
      waitUntil: 'domcontentloaded',
    });
    const root = page.locator(`[data-island="${name}"]`);
    await root.scrollIntoViewIfNeeded();
    await t.poll(() => root.locator('button, input').first().isEnabled()).toBe(true);
    return { root, release };
  }

  /** Checkboxes and radios of an island, by index. */
  const boxes = (root: ReturnType<Page['locator']>) =>
    root.locator('input[type="radio"], input[type="checkbox"]');

  it.for([
    { name: 'CrossEntropyGradient', lesson: 'classifier-output', box: 'radio' },
    { name: 'SigmoidVsSoftmax', lesson: 'multi-label', box: 'checkbox' },
    { name: 'AttentionWeights', lesson: 'attention', box: 'checkbox' },
  ])(
    'a $box changed before $name hydrates is kept and drives the result',
    async ({ name, lesson, box }, { expect }) => {
      const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
      try {
        const { root, release } = await holdIsland(expect, page, name, lesson);
        const spec = SPECS.find((s) => s.name === name) as Spec;
        const dom = domOf(page, name);
        const rendered = await dom.checked();
        // A radio not chosen yet, or the last checkbox (AttentionWeights: the causal mask).
        const i = box === 'radio' ? rendered.indexOf(false) : rendered.length - 1;
        await boxes(root).nth(i).click();
        const changed = await dom.checked();
        expect(changed).not.toEqual(rendered);
        expect(await root.getAttribute('data-ready')).toBeNull();
        release();
        await hydrated(page, name);
        await eventually(async () => {
          expect(await dom.checked()).toEqual(changed);
          await spec.check(dom, 'en');
        });
        // …and it is the island's state: it reaches the link.
        await eventually(async () =>
          expect(new URL(page.url()).searchParams.get(spec.param)).toBeTruthy(),
        );
        expect(problems.pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('buttons pressed before the island hydrates are pressed once it has, in order', async ({
    expect,
  }) => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
    try {
      // StepByStep: Next twice → step 3 of 5.
      const steps = await holdIsland(expect, page, 'StepByStep', 'what-is-softmax');
      const next = steps.root.locator('button').nth(1);
      await next.click();
      await next.click();
      expect(await steps.root.getAttribute('data-ready')).toBeNull();
      steps.release();
      await hydrated(page, 'StepByStep');
      const current = steps.root.locator('li[aria-current="step"] [data-out]');
      await expect.poll(() => current.getAttribute('data-out')).toBe('exps');
      // SoftmaxPolicy: "Sample 100" twice → 200 draws, counted.
      const policy = await holdIsland(expect, page, 'SoftmaxPolicy', 'reinforcement-learning');
      const dom = domOf(page, 'SoftmaxPolicy');
      await policy.root.locator('button').nth(1).click();
      await policy.root.locator('button').nth(1).click();
      expect(await policy.root.getAttribute('data-ready')).toBeNull();
      policy.release();
      await hydrated(page, 'SoftmaxPolicy');
      const total = async () =>
        (await dom.texts('[data-out="count"]'))
          .map((x) => onlyNumber(x, 'en'))
          .reduce((a, b) => a + b, 0);
      await expect.poll(total).toBe(200);
      // Once hydrated, a press counts once (it is not queued as well).
      await policy.root.locator('button').nth(1).click();
      await expect.poll(total).toBe(300);
      await new Promise((r) => setTimeout(r, 300));
      expect(await total()).toBe(300);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the step of Step by step and the counts of the policy travel in the link, across languages', async ({
    expect,
  }) => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
    const query = () => new URL(page.url()).search;
    try {
      // StepByStep: Next twice in English; the Portuguese page opened with that link is at step 3.
      const stepsPage = (lang: NumberLocale) =>
        site.server.url + findPage('StepByStep', 'what-is-softmax', lang);
      await page.goto(stepsPage('en'), { waitUntil: 'domcontentloaded' });
      await hydrated(page, 'StepByStep');
      const steps = page.locator('[data-island="StepByStep"]');
      await steps.locator('button').nth(1).click();
      await steps.locator('button').nth(1).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('steps')).toMatch(/;s:3$/);
      await page.goto(stepsPage('pt') + query(), { waitUntil: 'domcontentloaded' });
      await hydrated(page, 'StepByStep');
      const current = steps.locator('li[aria-current="step"] [data-out]');
      await expect.poll(() => current.getAttribute('data-out')).toBe('exps');
      expect(await steps.locator('.isl-buttons').textContent()).toContain('Passo 3 de 5');
      expect(await steps.locator('.isl-notice').count()).toBe(0);
      // A tampered step: the notice in Portuguese, and the example at step 1.
      await page.goto(`${stepsPage('pt')}?steps=2,-1,0.5;s:9`, { waitUntil: 'domcontentloaded' });
      await hydrated(page, 'StepByStep');
      await expect
        .poll(() => steps.locator('.isl-notice').textContent())
        .toBe(commonLabels.pt.badLink);
      expect(await current.getAttribute('data-out')).toBe('max');

      // SoftmaxPolicy: 100 draws in English; the Russian page opened with that link shows the same
      // counts, and the next 100 draws are the same on both (the generator goes on where it was).
      const policyPage = (lang: NumberLocale) =>
        site.server.url + findPage('SoftmaxPolicy', 'reinforcement-learning', lang);
      const policy = page.locator('[data-island="SoftmaxPolicy"]');
      const { counts, draw: sampleHundred } = sampling(page, 'SoftmaxPolicy', 'button', expect);
      await page.goto(policyPage('en'), { waitUntil: 'domcontentloaded' });
      await hydrated(page, 'SoftmaxPolicy');
      const first = await sampleHundred('en', 100);
      await expect.poll(() => new URL(page.url()).searchParams.get('policy')).toContain(';c:');
      const link = query();
      const second = await sampleHundred('en', 200);
      await page.goto(policyPage('ru') + link, { waitUntil: 'domcontentloaded' });
      await hydrated(page, 'SoftmaxPolicy');
      await expect.poll(() => counts('ru')).toEqual(first);
      expect(await policy.locator('.isl-notice').count()).toBe(0);
      expect(await sampleHundred('ru', 200)).toEqual(second);
      // Tampered counts (one too few): the notice in Russian, and no draws.
      await page.goto(`${policyPage('ru')}?policy=2,-1,0.5;t:1;c:5,5`, {
        waitUntil: 'domcontentloaded',
      });
      await hydrated(page, 'SoftmaxPolicy');
      await expect
        .poll(() => policy.locator('.isl-notice').textContent())
        .toBe(commonLabels.ru.badLink);
      // (the whole link is refused: the page's own logits, none drawn yet)
      const none = await counts('ru');
      expect(none.length).toBeGreaterThan(1);
      expect(none.every((c) => c === 0)).toBe(true);
      // At a million draws the counts stop: the sample buttons are disabled and the widget says why.
      await page.goto(`${policyPage('ru')}?policy=2,-1,0.5;t:1;c:999000,600,400`, {
        waitUntil: 'domcontentloaded',
      });
      await hydrated(page, 'SoftmaxPolicy');
      await expect
        .poll(() => policy.locator('.isl-note').textContent())
        .toContain(fill(policyLabels.ru.full, { n: formatNumber(1_000_000, 'ru', 0) }));
      const buttons = policy.locator('.isl-buttons button');
      expect(
        await buttons.evaluateAll((els) => els.map((e) => (e as HTMLButtonElement).disabled)),
      ).toEqual([true, true, true, false]);
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the draws of the next-token sampler travel in the link, across languages', async ({
    expect,
  }) => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
    try {
      const at = (lang: NumberLocale) =>
        site.server.url + findPage('NextTokenSampler', 'next-token', lang);
      const sampler = page.locator('[data-island="NextTokenSampler"]');
      const { counts, draw: drawTen } = sampling(
        page,
        'NextTokenSampler',
        '.isl-buttons button',
        expect,
      );
      const param = () => new URL(page.url()).searchParams.get('sampler') ?? '';
      // Ten draws in English: the link says so; the Portuguese page opened with it shows the
      // same counts and history, and the next ten draws are the same on both.
      await page.goto(at('en'), { waitUntil: 'domcontentloaded' });
      await hydrated(page, 'NextTokenSampler');
      const first = await drawTen('en', 10);
      await expect.poll(param).toMatch(/;d:10$/);
      const link = param();
      const second = await drawTen('en', 20);
      await page.goto(`${at('pt')}?sampler=${link}`, { waitUntil: 'domcontentloaded' });
      await hydrated(page, 'NextTokenSampler');
      await expect.poll(() => counts('pt')).toEqual(first);
      expect(await sampler.locator('[data-out="draw"]').count()).toBe(10);
      expect(await sampler.locator('.isl-notice').count()).toBe(0);
      expect(await drawTen('pt', 20)).toEqual(second);
      // A tampered count: the notice in Portuguese, and no draws.
      await page.goto(`${at('pt')}?sampler=${link.replace(/d:10$/, 'd:2.5')}`, {
        waitUntil: 'domcontentloaded',
      });
      await hydrated(page, 'NextTokenSampler');
      await expect
        .poll(() => sampler.locator('.isl-notice').textContent())
        .toBe(commonLabels.pt.badLink);
      expect((await counts('pt')).every((c) => c === 0)).toBe(true);
      // At a million draws the sampling buttons stop, and the widget says why.
      await page.goto(`${at('ru')}?sampler=${link.replace(/d:10$/, 'd:1000000')}`, {
        waitUntil: 'domcontentloaded',
      });
      await hydrated(page, 'NextTokenSampler');
      await expect
        .poll(() => sampler.locator('.isl-note').textContent())
        .toContain(fill(samplerLabels.ru.full, { n: formatNumber(1_000_000, 'ru', 0) }));
      expect((await counts('ru')).reduce((a, b) => a + b, 0)).toBe(1_000_000);
      expect(
        await sampler
          .locator('.isl-buttons button')
          .evaluateAll((els) => els.map((e) => (e as HTMLButtonElement).disabled)),
      ).toEqual([true, true, false]);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.for(['light', 'dark'] as const)(
    'a disabled button looks disabled and does not answer the pointer (%s)',
    async (colorScheme, { expect }) => {
      const { context, page } = await newWatchedPage(site.browser, site.server.origin, {
        colorScheme,
      });
      try {
        await page.goto(site.server.url + findPage('StepByStep', 'what-is-softmax', 'en'), {
          waitUntil: 'domcontentloaded',
        });
        await hydrated(page, 'StepByStep');
        const root = page.locator('[data-island="StepByStep"]');
        const [prev, next] = [root.locator('button').nth(0), root.locator('button').nth(1)];
        expect(await prev.isDisabled()).toBe(true);
        expect(await next.isEnabled()).toBe(true);
        const look = (b: typeof prev) =>
          b.evaluate((el) => {
            const s = getComputedStyle(el);
            return {
              cursor: s.cursor,
              color: s.color,
              background: s.backgroundColor,
              border: s.borderTopStyle,
            };
          });
        await page.mouse.move(0, 0);
        const off = await look(prev);
        const on = await look(next);
        expect(off.cursor).toBe('not-allowed');
        expect(on.cursor).toBe('pointer');
        expect(off.color).not.toBe(on.color);
        expect(off.background).not.toBe(on.background);
        expect(off.border).toBe('dashed');
        expect(on.border).toBe('solid');
        // Hovering: the enabled button answers, the disabled one does not.
        await next.hover();
        expect((await look(next)).background).not.toBe(on.background);
        await prev.hover({ force: true });
        expect(await look(prev)).toEqual(off);
      } finally {
        await context.close();
      }
    },
  );

  it('a matrix caption stays in view when the table scrolls sideways (390 px)', async ({
    expect,
  }) => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 390, height: 844 },
    });
    try {
      // Six logits: a 6 × 6 Jacobian, wider than the phone's column.
      await page.goto(
        `${site.server.url}${findPage('JacobianMatrix', 'derivative', 'ru')}?jacobian=1,2,3,4,5,6`,
        { waitUntil: 'domcontentloaded' },
      );
      await hydrated(page, 'JacobianMatrix');
      const root = page.locator('[data-island="JacobianMatrix"]');
      await expect.poll(() => root.locator('[data-out="j"]').count()).toBe(36);
      const box = root.locator('.isl-scroll');
      const caption = root.locator('.isl-matrix-caption');
      const text = (await caption.textContent())?.trim() ?? '';
      expect(text).toContain('Матрица Якоби');
      // The caption names the table and the scrolling box.
      expect(await page.getByRole('table', { name: text }).count()).toBe(1);
      expect(await page.getByRole('region', { name: text }).count()).toBe(1);
      expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth + 1)).toBe(true);
      const inView = () =>
        caption.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.left >= 0 && r.right <= window.innerWidth + 0.5 && r.width > 0;
        });
      expect(await inView()).toBe(true);
      await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }));
      await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      expect(await inView()).toBe(true);
      // Not inside the box that scrolls.
      expect(await caption.evaluate((el) => el.closest('.isl-scroll') === null)).toBe(true);
    } finally {
      await context.close();
    }
  });

  it.for(LANGS)(
    'without JavaScript the controls are disabled under a notice (%s)',
    async (lang, { expect }) => {
      const { context, page } = await newWatchedPage(site.browser, site.server.origin, {
        javaScriptEnabled: false,
      });
      try {
        await page.goto(site.server.url + findPage('LogitPlayground', 'what-is-softmax', lang), {
          waitUntil: 'domcontentloaded',
        });
        const root = page.locator('[data-island="LogitPlayground"]');
        const notice = root.locator('[data-isl-nojs]');
        expect(await notice.isVisible()).toBe(true);
        expect((await notice.textContent())?.trim()).toBe(commonLabels[lang].noScript);
        const controls = root.locator('input, button');
        expect(await controls.count()).toBeGreaterThan(0);
        expect(
          await controls.evaluateAll(
            (els) => els.filter((e) => !(e as HTMLInputElement).matches(':disabled')).length,
          ),
        ).toBe(0);
        await playground.check(domOf(page, 'LogitPlayground'), lang);
      } finally {
        await context.close();
      }
    },
  );

  /** The Portuguese playground, hydrated; its root. */
  async function openPlayground(page: Page) {
    await page.goto(site.server.url + findPage('LogitPlayground', 'what-is-softmax', 'pt'), {
      waitUntil: 'domcontentloaded',
    });
    await hydrated(page, 'LogitPlayground');
    return page.locator('[data-island="LogitPlayground"]');
  }

  it('with JavaScript the notice is hidden and the controls are live', async ({ expect }) => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin);
    try {
      const root = await openPlayground(page);
      expect(await root.locator('[data-isl-nojs]').isVisible()).toBe(false);
      expect(await root.locator('input:disabled').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('validation waits for a pause and the widget does not jump', async ({ expect }) => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin);
    // The page's timers run on a clock the test controls, so "while typing" does not depend on
    // how fast a busy machine delivers the keys.
    await page.clock.install();
    try {
      const root = await openPlayground(page);
      const field = root.locator('input[type="text"]').first();
      const height = () => root.evaluate((el) => el.getBoundingClientRect().height);
      const line = await field.evaluate(
        (el) => parseFloat(getComputedStyle(el.closest('.isl') as Element).lineHeight) || 28,
      );
      // Two values first, so that typing "2; -1;" changes no count of bars, only the message.
      await field.fill('2; −1');
      await expect.poll(() => root.locator('[data-out="p"]').count()).toBe(2);
      const before = await height();
      const shown = await root.locator('[data-out="p"]').allTextContents();
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
      await field.fill('');
      const heights: number[] = [];
      for (const key of '2; -1;') {
        await field.press(key === ' ' ? 'Space' : key);
        heights.push(await height());
        // No message while the reader is still typing.
        expect(await root.locator('.isl-error').count()).toBe(0);
      }
      // After a pause the message appears, in the space kept for it, and the last good result stays.
      await page.clock.runFor(700);
      await expect.poll(() => root.locator('.isl-error').count()).toBe(1);
      heights.push(await height());
      for (const h of heights) expect(Math.abs(h - before)).toBeLessThanOrEqual(line + 1);
      expect(await root.locator('[data-out="p"]').allTextContents()).toEqual(shown);
      // Leaving the field shows a pending message at once.
      await field.fill('abc');
      await field.blur();
      expect(await root.locator('.isl-error').count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('a slider says when the value is off its scale', async ({ expect }) => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin);
    try {
      await page.goto(site.server.url + findPage('LogitPlayground', 'what-is-softmax', 'en'), {
        waitUntil: 'domcontentloaded',
      });
      await hydrated(page, 'LogitPlayground');
      const root = page.locator('[data-island="LogitPlayground"]');
      await root.locator('input[type="text"]').first().fill('1000, 2, 3');
      const off = root.locator('.isl-slider').first().locator('.isl-offscale');
      await expect
        .poll(() => off.textContent())
        .toBe(fill(commonLabels.en.offScale, { min: '−10', max: '10' }));
      expect(await root.locator('input[type="range"]').first().inputValue()).toBe('10');
      expect(await root.locator('.isl-slider').nth(1).locator('.isl-offscale').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
