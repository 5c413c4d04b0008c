import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as math from '../../../../src/lib/math/index';
import { describeJsdocExamples } from '../../../support/jsdocExamples';

const SRC = new URL('../../../../src/lib/math/', import.meta.url);
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('.ts'),
);
const code = (file: string): string =>
  readFileSync(new URL(file, SRC), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//gu, '')
    .replace(/\/\/.*$/gmu, '');

describe('index: public API', () => {
  test('exports every public function from one entry module', () => {
    const fns = [
      'argmax',
      'binaryCrossEntropy',
      'crossEntropy',
      'crossEntropyGradient',
      'dot',
      'entropy',
      'expInFormat',
      'floatFormat',
      'logSoftmax',
      'logSumExp',
      'mergeSoftmaxStates',
      'minP',
      'mulberry32',
      'oneHot',
      'onlineSoftmax',
      'onlineSoftmaxWeightedSum',
      'roundToBfloat16',
      'roundToFloat16',
      'roundToFloat32',
      'roundToFormat',
      'sampleCategorical',
      'sampleGumbelMax',
      'sigmoid',
      'softmax',
      'softmaxJacobian',
      'softmaxJvp',
      'softmaxState',
      'softmaxSteps',
      'softplus',
      'topK',
      'topP',
    ];
    for (const f of fns) expect(typeof (math as Record<string, unknown>)[f], f).toBe('function');
    expect(Object.keys(math).sort()).toEqual([...fns].sort());
  });
  test('has one test file per source file', () => {
    const tests = new Set(
      readdirSync(new URL('./', import.meta.url)).filter((f) => f.endsWith('.test.ts')),
    );
    for (const f of files)
      expect(tests.has(f.replace(/\.ts$/u, '.test.ts')), `tests for ${f}`).toBe(true);
  });
  test('names every source file after its export', () => {
    for (const f of files) {
      if (f === 'index.ts') continue;
      const name = f.replace(/\.ts$/u, '');
      expect(code(f), f).toMatch(
        new RegExp(`export (function|type|interface|const) ${name}\\b`, 'u'),
      );
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
      const exportedFns = [...text.matchAll(/^export (?:function|const|type|interface) (\w+)/gmu)]
        .length;
      const documented = [
        ...text.matchAll(/\*\/\s*\nexport (?:function|const|type|interface) \w+/gu),
      ].length;
      expect(documented, `${f}: every export has a JSDoc block`).toBe(exportedFns);
    }
  });
});

// Purity (no imports from outside src/lib/math, no DOM or browser globals) is enforced by
// ESLint: see the src/lib/math block of eslint.config.js (npm run lint, part of npm test).

describe('index: documentation examples', () => {
  describeJsdocExamples(
    SRC,
    import.meta.glob<Record<string, unknown>>('../../../../src/lib/math/*.ts', { eager: true }),
    25,
  );
});
