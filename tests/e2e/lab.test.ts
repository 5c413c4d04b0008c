/**
 * The digit lab's widgets in real Chromium, on lesson 13 (softmax-regression): the build-time
 * view without JavaScript; DigitLab drawn on with a mouse and with touch, and driven with the
 * keyboard (numbers checked against the shipped model run here); TrainIt trained a few steps in
 * its Web Worker, which goes on training while the main thread is busy; Calibration's ECE
 * against the library at the shown temperature; axe clean; nothing requested from another
 * host; the weights and digits requested only once a widget hydrates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { openSite, type Site } from '../support/site';
import { newWatchedPage } from '../support/browser';
import { argmax, softmax } from '../../src/lib/math';
import { formatNumber, parseNumberList, type NumberLocale } from '../../src/lib/numbers';
import { createActivations, forward } from '../../src/lab/network';
import { expectedCalibrationError } from '../../src/lab/expectedCalibrationError';
import {
  buildDigits,
  buildLogits,
  buildModel,
  firstOfEachClass,
} from '../../src/islands/shared/labBuild';

const LESSON = 'softmax-regression';
const LANGS: NumberLocale[] = ['en', 'pt', 'ru'];
const BAD = /NaN|undefined|Infinity/;

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const url = (lang: string, level: string) => `${site.server.url}${lang}/${LESSON}/${level}/`;
const num = (text: string, l: NumberLocale) => {
  const r = parseNumberList(text.replace('%', '').trim(), l, { maxAbs: 1e6 });
  if (!r.ok) throw new Error(`not a number: ${text}`);
  return r.values[0] as number;
};

async function hydrated(page: Page, name: string) {
  const root = page.locator(`[data-island="${name}"]`);
  await root.scrollIntoViewIfNeeded();
  await page.waitForSelector(`[data-island="${name}"][data-ready="true"]`, { timeout: 30_000 });
  return root;
}

/** The displayed logits and probabilities of DigitLab, checked to be softmax of each other. */
async function shownOutputs(page: Page, l: NumberLocale) {
  const root = page.locator('[data-island="DigitLab"]');
  const logits = (await root.locator('[data-out="logit"]').allTextContents()).map((t) => num(t, l));
  const p = (await root.locator('[data-out="p"]').allTextContents()).map((t) => num(t, l));
  expect(logits).toHaveLength(10);
  const expected = softmax(logits);
  // Logits are shown with 2 decimals: softmax of the rounded logits is within a few thousandths.
  p.forEach((pk, k) => expect(Math.abs(pk - (expected[k] as number))).toBeLessThan(0.01));
  return { logits, p };
}

const test = buildDigits('test');
/** The lesson's row of buttons (content/lessons/_shared/softmax-regression/intuitive.ts): the first test digit of each class, then the most confidently wrong one. */
const examples = (() => {
  const L = buildLogits('linear', 'test');
  let worst = -1;
  let top = -1;
  for (let i = 0; i < test.count; i++) {
    const p = softmax(L.subarray(i * 10, i * 10 + 10));
    const k = argmax(p);
    if (k !== test.labels[i] && (p[k] as number) > top) [worst, top] = [i, p[k] as number];
  }
  return [...firstOfEachClass(test), worst];
})();
function modelLogits(model: 'linear' | 'hidden84', index: number): number[] {
  const net = buildModel(model);
  return Array.from(forward(net, test.pixels, index * 784, createActivations(net)));
}

describe.each(LANGS)('digit lab in %s', (lang) => {
  it('shows the build-time example without JavaScript', async () => {
    const { context, page } = await newWatchedPage(site.browser, site.server.origin, {
      javaScriptEnabled: false,
    });
    try {
      await page.goto(url(lang, 'intuitive'));
      const logits = modelLogits('linear', examples[0]!);
      expect(
        await page.locator('[data-island="DigitLab"] [data-out="logit"]').allTextContents(),
      ).toEqual(logits.map((z) => formatNumber(z, lang, 2)));
      expect(
        Number(
          await page.locator('[data-island="DigitLab"] [data-out="seen"]').getAttribute('data-ink'),
        ),
      ).toBeGreaterThan(0);
      await page.goto(url(lang, 'mechanical'));
      expect(await page.locator('[data-island="TrainIt"] img').count()).toBe(10);
      expect(
        await page
          .locator('[data-island="TrainIt"] [data-out="loss-curve"]')
          .getAttribute('points'),
      ).toMatch(/\d/);
      await page.goto(url(lang, 'formal'));
      expect(
        await page.locator('[data-island="Calibration"] [data-out="ece-after"]').textContent(),
      ).toMatch(/\d/);
      for (const level of ['intuitive', 'mechanical', 'formal']) {
        await page.goto(url(lang, level));
        expect(await page.locator('[data-island]').first().textContent()).not.toMatch(BAD);
      }
    } finally {
      await context.close();
    }
  });

  it('DigitLab: fetches the weights only when it hydrates; mouse drawing, keyboard picking; axe clean', async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 1000, height: 700 },
    });
    const bins: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.bin')) bins.push(r.url());
    });
    try {
      await page.goto(url(lang, 'intuitive'));
      await page.waitForLoadState('networkidle');
      expect(bins, 'no lab file before the widget is scrolled to').toEqual([]);
      const root = await hydrated(page, 'DigitLab');
      expect(bins.some((b) => /softmax-regression/.test(b))).toBe(true);

      // Keyboard: Tab from the first test digit to the last (the confidently wrong one), press Enter.
      const buttons = root.locator('[data-example]');
      await buttons.first().focus();
      for (let i = 1; i < examples.length; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => buttons.last().getAttribute('aria-pressed')).toBe('true');
      const wrong = examples[examples.length - 1]!;
      const { logits } = await shownOutputs(page, lang);
      expect(logits).toEqual(
        modelLogits('linear', wrong).map((z) => num(formatNumber(z, lang, 2), lang)),
      );
      // Space on the first one, then switch to the 84-unit model with the keyboard: 84 activations.
      await buttons.first().focus();
      await page.keyboard.press('Space');
      await root.locator('input[type="radio"]').first().focus();
      await page.keyboard.press('ArrowDown');
      await expect
        .poll(() => root.locator('[data-out="hidden"] span').count(), { timeout: 20_000 })
        .toBe(84);
      expect((await shownOutputs(page, lang)).logits).toEqual(
        modelLogits('hidden84', examples[0]!).map((z) => num(formatNumber(z, lang, 2), lang)),
      );

      // Mouse: a vertical stroke, like a 1.
      await root.locator('canvas').scrollIntoViewIfNeeded();
      const box = (await root.locator('canvas').boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.15);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.52, box.y + box.height * 0.85, { steps: 12 });
      await page.mouse.up();
      await expect.poll(() => buttons.first().getAttribute('aria-pressed')).toBe('false');
      const ink = Number(await root.locator('[data-out="seen"]').getAttribute('data-ink'));
      expect(ink).toBeGreaterThan(10);
      expect(ink).toBeLessThan(300);
      await shownOutputs(page, lang);
      expect(await root.textContent()).not.toMatch(BAD);

      expect(await axeViolations(page, { include: '[data-island="DigitLab"]', all: true })).toEqual(
        [],
      );
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], offHost: [] });
    } finally {
      await context.close();
    }
  });

  it('DigitLab: drawing with touch', async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin, {
      viewport: { width: 390, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      await page.goto(url(lang, 'intuitive'));
      const root = await hydrated(page, 'DigitLab');
      await root.locator('canvas').scrollIntoViewIfNeeded();
      const box = (await root.locator('canvas').boundingBox())!;
      const cdp = await context.newCDPSession(page);
      const at = (f: number) => ({
        x: box.x + box.width * (0.3 + 0.4 * f),
        y: box.y + box.height * (0.2 + 0.6 * f),
      });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at(0)] });
      for (let i = 1; i <= 10; i++)
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [at(i / 10)],
        });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect
        .poll(() => root.locator('[data-example="0"]').getAttribute('aria-pressed'))
        .toBe('false');
      expect(
        Number(await root.locator('[data-out="seen"]').getAttribute('data-ink')),
      ).toBeGreaterThan(10);
      await shownOutputs(page, lang);
      // The page did not scroll or zoom while drawing: the canvas takes the touch (touch-action: none).
      expect(
        await page.evaluate(
          () =>
            getComputedStyle(document.querySelector('[data-island="DigitLab"] canvas')!)
              .touchAction,
        ),
      ).toBe('none');
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], offHost: [] });
    } finally {
      await context.close();
    }
  });

  it('TrainIt: a few steps and a short run in the worker, which trains on while the main thread is busy; axe clean', async () => {
    const { context, page, problems } = await newWatchedPage(site.browser, site.server.origin);
    try {
      // The step count of every report the page receives from a Web Worker.
      await page.addInitScript(() => {
        const w = window as unknown as { reports: number[] };
        w.reports = [];
        const Native = window.Worker;
        window.Worker = class extends Native {
          constructor(url: string | URL, options?: WorkerOptions) {
            super(url, options);
            this.addEventListener('message', (e: MessageEvent<{ type: string; step: number }>) => {
              if (e.data?.type === 'report') w.reports.push(e.data.step);
            });
          }
        };
      });
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      await page.goto(url(lang, 'mechanical'));
      const root = await hydrated(page, 'TrainIt');
      expect(
        workers.filter((u) => /train\.worker/.test(u)),
        'the training worker',
      ).toHaveLength(1);
      const steps = () =>
        root
          .locator('[data-out="steps"]')
          .textContent()
          .then((t) => num(t ?? '', lang));
      for (let i = 0; i < 3; i++) await root.locator('[data-action="step"]').click();
      await expect.poll(steps).toBe(3);
      await expect.poll(() => root.locator('canvas').count()).toBe(10);

      // Training lives in the worker: with the run going, the main thread is kept busy for 3 s
      // (no message, timer or frame runs on it), then given 300 ms, in which the reports the
      // worker posted meanwhile are handled. At the batch of 50 the pace is 50 steps a second,
      // so by then about 165 steps are due. Training on the main thread would have stood still
      // for the 3 s and then taken at most 15 steps at that pace (plus one slice of 5); 60
      // leaves room for a loaded machine on both sides.
      await root.locator('[data-action="run"]').click();
      await expect.poll(steps).toBeGreaterThan(3);
      const { before, after } = await page.evaluate(async () => {
        const reports = (window as unknown as { reports: number[] }).reports;
        const last = () => reports.at(-1) ?? 0;
        const before = last();
        const t0 = performance.now();
        while (performance.now() - t0 < 3000) {
          /* busy */
        }
        await new Promise((r) => setTimeout(r, 300));
        return { before, after: last() };
      });
      expect(
        after - before,
        'steps the worker took while the main thread was busy',
      ).toBeGreaterThanOrEqual(60);
      await page.waitForTimeout(1000);
      await root.locator('[data-action="run"]').click();
      const done = await steps();
      expect(done).toBeGreaterThan(20);
      const loss = num((await root.locator('[data-out="loss"]').textContent()) ?? '', lang);
      expect(loss).toBeLessThan(Math.log(10));
      const points = (await root.locator('[data-out="loss-curve"]').getAttribute('points')) ?? '';
      expect(points.split(' ').length).toBeGreaterThan(3);
      // p − y of the example digit sums to zero (shown with three decimals).
      const g = (await root.locator('[data-out="example-g"]').allTextContents()).map((t) =>
        num(t, lang),
      );
      expect(Math.abs(g.reduce((a, b) => a + b, 0))).toBeLessThan(0.006);

      // Reset returns to zero steps.
      await root.locator('[data-action="reset"]').click();
      await expect.poll(steps).toBe(0);
      expect(await root.textContent()).not.toMatch(BAD);
      expect(await axeViolations(page, { include: '[data-island="TrainIt"]', all: true })).toEqual(
        [],
      );
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], offHost: [] });
    } finally {
      await context.close();
    }
  });

  it('Calibration: ECE at the shown temperature matches the library; slider by keyboard; axe clean', async () => {
    const { context, page, problems } = await newWatchedPage(
      site.browser,
      site.server.origin,
      lang === 'pt' ? { colorScheme: 'dark' } : {},
    );
    try {
      await page.goto(url(lang, 'formal'));
      const root = await hydrated(page, 'Calibration');
      const logits = buildLogits('linear', 'test');
      const check = async () => {
        const t = num((await root.locator('output').textContent()) ?? '', lang);
        const ece = num((await root.locator('[data-out="ece-after"]').textContent()) ?? '', lang);
        expect(ece).toBeCloseTo(
          expectedCalibrationError(logits, test.labels, { temperature: t }),
          4,
        );
      };
      await check();
      const slider = root.locator('input[type="range"]');
      await slider.focus();
      for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowRight');
      await expect
        .poll(async () => num((await root.locator('output').textContent()) ?? '', lang))
        .toBeGreaterThan(1.2);
      await check();
      await root.locator('[data-action="fitted"]').click();
      await check();
      expect(await root.textContent()).not.toMatch(BAD);
      expect(
        await axeViolations(page, { include: '[data-island="Calibration"]', all: true }),
      ).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], offHost: [] });
    } finally {
      await context.close();
    }
  });
});
