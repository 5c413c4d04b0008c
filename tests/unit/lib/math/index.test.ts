import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as math from '../../../../src/lib/math/index';

const SRC = new URL('../../../../src/lib/math/', import.meta.url);
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
const code = (file: string): string =>
  readFileSync(new URL(file, SRC), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//gu, '')
    .replace(/\/\/.*$/gmu, '');

describe('index: public API', () => {
  test('exports every public function from one entry module', () => {
    const fns = [
      'argmax',
      'crossEntropy',
      'crossEntropyGradient',
      'dot',
      'entropy',
      'formatNumber',
      'formatNumberList',
      'isNumberLocale',
      'logSoftmax',
      'logSumExp',
      'oneHot',
      'parseNumberList',
      'sigmoid',
      'softmax',
      'softmaxJacobian',
      'softmaxJvp',
      'softmaxSteps',
    ];
    for (const f of fns) expect(typeof (math as Record<string, unknown>)[f], f).toBe('function');
    expect(Object.keys(math).sort()).toEqual([...fns, 'NOT_A_FINITE_NUMBER', 'NUMBER_LOCALES'].sort());
  });
  test('has one test file per source file', () => {
    const tests = new Set(readdirSync(new URL('./', import.meta.url)).filter((f) => f.endsWith('.test.ts')));
    for (const f of files) expect(tests.has(f.replace(/\.ts$/u, '.test.ts')), `tests for ${f}`).toBe(true);
  });
  test('names every source file after its export', () => {
    for (const f of files) {
      if (f === 'index.ts') continue;
      const name = f.replace(/\.ts$/u, '');
      expect(code(f), f).toMatch(new RegExp(`export (function|type|interface|const) ${name}\\b`, 'u'));
    }
  });
  test('documents every export (functions, constants, types) with JSDoc and an @example', () => {
    for (const f of files) {
      if (f === 'index.ts') continue;
      const text = readFileSync(new URL(f, SRC), 'utf8');
      for (const m of text.matchAll(
        /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export (?:function|const|type|interface) (\w+)/gu,
      )) {
        expect(m[1], `${f}: ${m[2]}`).toContain('@example');
      }
      const exportedFns = [...text.matchAll(/^export (?:function|const|type|interface) (\w+)/gmu)].length;
      const documented = [...text.matchAll(/\*\/\s*\nexport (?:function|const|type|interface) \w+/gu)].length;
      expect(documented, `${f}: every export has a JSDoc block`).toBe(exportedFns);
    }
  });
});

describe('index: purity', () => {
  test('no file in src/lib/math imports anything outside src/lib/math', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const src = code(f);
      const specifiers = [
        ...src.matchAll(/\b(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]/gu),
        ...src.matchAll(/\bimport\s*['"]([^'"]+)['"]/gu),
        ...src.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]/gu),
        ...src.matchAll(/\brequire\s*\(\s*['"]([^'"]+)['"]/gu),
      ].map((m) => m[1]!);
      for (const s of specifiers) {
        expect(s, `${f} imports ${s}`).toMatch(/^\.\/[\w.-]+$/u);
      }
      expect(src, `${f} uses dynamic import`).not.toMatch(/\bimport\s*\(/u);
    }
  });
  test('no file in src/lib/math touches DOM or browser globals', () => {
    for (const f of files) {
      expect(code(f), f).not.toMatch(
        /\b(document|window|navigator|localStorage|sessionStorage|location|HTMLElement|customElements|fetch|globalThis|process|Astro)\b/u,
      );
    }
  });
});

describe('index: documentation examples', () => {
  const modules = import.meta.glob<Record<string, unknown>>('../../../../src/lib/math/*.ts', { eager: true });
  const scope: Record<string, unknown> = {};
  for (const m of Object.values(modules)) Object.assign(scope, m);
  const names = Object.keys(scope);
  const evaluate = (expr: string): unknown =>
    new Function(...names, `return (${expr});`)(...names.map((n) => scope[n]));
  const same = (a: unknown, b: unknown): boolean => {
    if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
      const ka = Object.keys(a);
      return (
        ka.length === Object.keys(b).length &&
        ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      );
    }
    return a === b;
  };
  const examples: { file: string; call: string; result: string }[] = [];
  for (const f of files) {
    const text = readFileSync(new URL(f, SRC), 'utf8');
    for (const m of text.matchAll(/^\s*\* (\w+\(.*\)(?: === \w+)?); \/\/ (.+)$/gmu)) {
      examples.push({ file: f, call: m[1]!, result: m[2]!.replace(/\s+\([^)]*\)$/u, '') });
    }
  }
  test('finds the one-line @example results to check', () => {
    expect(examples.length).toBeGreaterThan(40);
  });
  test.each(examples.map((e) => [`${e.file}: ${e.call} → ${e.result}`, e] as const))('%s', (_, e) => {
    const thrown = /^throws (\w+)$/u.exec(e.result);
    if (thrown) {
      expect(() => evaluate(e.call)).toThrow(
        (scope[thrown[1]!] as ErrorConstructor | undefined) ??
          ((globalThis as Record<string, unknown>)[thrown[1]!] as ErrorConstructor),
      );
      return;
    }
    const actual = evaluate(e.call);
    const expected = evaluate(e.result);
    expect(same(actual, expected), `${JSON.stringify(actual)} vs documented ${e.result}`).toBe(true);
  });
});
