/**
 * The widgets' props schemas (src/islands/<Name>/props.ts), as their wrappers use them: the
 * default and the lessons' examples pass; a bad example fails the build with the widget, the
 * prop and the page named. Also: every widget folder has the four files of the layout.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parseProps } from '../../../src/islands/shared/props';
import { LOGITS, TEMPERATURE } from '../../../src/islands/shared/limits';
import * as ArgmaxVsSoftmax from '../../../src/islands/ArgmaxVsSoftmax/props';
import * as AttentionWeights from '../../../src/islands/AttentionWeights/props';
import * as CrossEntropyGradient from '../../../src/islands/CrossEntropyGradient/props';
import * as JacobianMatrix from '../../../src/islands/JacobianMatrix/props';
import * as LogitPlayground from '../../../src/islands/LogitPlayground/props';
import * as SafeComputation from '../../../src/islands/SafeComputation/props';
import * as SigmoidVsSoftmax from '../../../src/islands/SigmoidVsSoftmax/props';
import * as SoftmaxPolicy from '../../../src/islands/SoftmaxPolicy/props';
import * as TemperatureDial from '../../../src/islands/TemperatureDial/props';

const modules = import.meta.glob<{ schema: () => z.ZodObject; limits: object }>(
  '../../../src/islands/*/props.ts',
  { eager: true },
);
const PAGE = '/en/some-lesson/intuitive/';
const parse = (name: string, schema: z.ZodObject, props: unknown) =>
  parseProps(name, schema, props, PAGE);

describe('widget props schemas', () => {
  it('every widget folder has <Name>.svelte, index.astro, props.ts and labels.ts', () => {
    const root = join(import.meta.dirname, '../../../src/islands');
    const widgets = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'index.astro')))
      .map((d) => d.name);
    expect(widgets.length).toBeGreaterThanOrEqual(10);
    for (const name of widgets) {
      for (const file of [`${name}.svelte`, 'props.ts', 'labels.ts'])
        expect(existsSync(join(root, name, file)), `${name}/${file}`).toBe(true);
    }
  });

  it('accept no props (the default example) and export their limits', () => {
    const withSchema = Object.entries(modules).filter(
      ([, mod]) => typeof mod.schema === 'function',
    );
    expect(withSchema.length).toBeGreaterThanOrEqual(10);
    for (const [path, mod] of withSchema) {
      expect(mod.limits, path).toBeTypeOf('object');
      expect(() => parse(path, mod.schema(), {}), path).not.toThrow();
    }
  });

  it('accept the examples the lessons pass', () => {
    expect(parse('LogitPlayground', LogitPlayground.schema(), { logits: [2, -1, 0.5] })).toEqual({
      logits: [2, -1, 0.5],
    });
    expect(
      parse('SafeComputation', SafeComputation.schema(), { logits: [1000, 1001, 1002] }).logits,
    ).toEqual([1000, 1001, 1002]);
    expect(
      parse('SigmoidVsSoftmax', SigmoidVsSoftmax.schema(), {
        logits: [3, 1, -2, 0],
        present: [true, false, false, true],
      }),
    ).toBeTruthy();
    expect(
      parse('SoftmaxPolicy', SoftmaxPolicy.schema(), {
        logits: [1, 0.5, 0],
        temperature: 0.5,
        seed: 7,
      }),
    ).toBeTruthy();
    expect(parse('ArgmaxVsSoftmax', ArgmaxVsSoftmax.schema(), { index: 2 })).toEqual({ index: 2 });
    expect(
      parse('CrossEntropyGradient', CrossEntropyGradient.schema(), { logits: [1, 2], target: 1 }),
    ).toBeTruthy();
    expect(
      parse('TemperatureDial', TemperatureDial.schema(), { temperature: TEMPERATURE.min }),
    ).toBeTruthy();
    const S = [
      [1, 0],
      [0, 1],
    ];
    expect(
      parse('AttentionWeights', AttentionWeights.schema(), {
        scores: S,
        d: 16,
        scaled: false,
        causal: true,
      }),
    ).toBeTruthy();
  });

  it('fail with the widget, the prop and the page named, and what was given', () => {
    expect(() => parse('LogitPlayground', LogitPlayground.schema(), { logits: [1] })).toThrow(
      '<LogitPlayground logits={…}> on /en/some-lesson/intuitive/ needs 2–10 finite numbers within ±1000, got [1]',
    );
    expect(() => parse('TemperatureDial', TemperatureDial.schema(), { temperature: 0 })).toThrow(
      /<TemperatureDial temperature=\{…\}> on .* must be within 0\.05…20, got 0/,
    );
    expect(() =>
      parse('CrossEntropyGradient', CrossEntropyGradient.schema(), { target: 3 }),
    ).toThrow(/target.*\[0, 3\)/);
    expect(() =>
      parse('ArgmaxVsSoftmax', ArgmaxVsSoftmax.schema(), { logits: [1, 2], index: 0.5 }),
    ).toThrow(/index/);
    expect(() => parse('SigmoidVsSoftmax', SigmoidVsSoftmax.schema(), { present: [true] })).toThrow(
      /present.*one flag per logit/,
    );
    expect(() =>
      parse('AttentionWeights', AttentionWeights.schema(), {
        scores: [
          [1, 2, 3],
          [3, 4],
        ],
      }),
    ).toThrow(/scores.*square/);
    expect(() => parse('AttentionWeights', AttentionWeights.schema(), { d: 0 })).toThrow(
      /d=\{…\}.*1 to 4096/,
    );
  });

  it('reject logits that are not finite, too many or too large, per widget limits', () => {
    const bad = [[1, NaN], [1, Infinity], [1, 2000], Array(LOGITS.max + 1).fill(0)];
    for (const logits of bad)
      expect(
        () => parse('LogitPlayground', LogitPlayground.schema(), { logits }),
        String(logits),
      ).toThrow();
    expect(() =>
      parse('JacobianMatrix', JacobianMatrix.schema(), { logits: [1, 2, 3, 4, 5, 6, 7] }),
    ).toThrow(/2–6/);
    expect(parse('SafeComputation', SafeComputation.schema(), { logits: [1e5, 0] }).logits).toEqual(
      [1e5, 0],
    );
  });

  it('accept the four formats of SafeComputation and name them when the format is wrong', () => {
    expect(parse('SafeComputation', SafeComputation.schema(), { format: 'bfloat16' }).format).toBe(
      'bfloat16',
    );
    expect(() => parse('SafeComputation', SafeComputation.schema(), { format: 'float8' })).toThrow(
      /format=\{…\}.*float64, float32, float16, bfloat16/,
    );
  });

  it("name an unknown prop (a typo, or AttentionWeights' removed `logits`)", () => {
    expect(() => parse('AttentionWeights', AttentionWeights.schema(), { logits: [1, 2] })).toThrow(
      /AttentionWeights has no prop "logits"/,
    );
    expect(() => parse('TemperatureDial', TemperatureDial.schema(), { temprature: 1 })).toThrow(
      /no prop "temprature" \(it takes logits, temperature, param\)/,
    );
  });
});
