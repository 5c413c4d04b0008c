/**
 * Build-time guard of the digit lab: the committed weight and digit files decode, reproduce the
 * test scores recorded by `npm run train` (src/lab/assets/metrics.json), meet the issue's
 * accuracy targets and size budgets, and the int8 models stay within half a point of float.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { decodeDigits } from '../../../src/lab/digitFile';
import { evaluate } from '../../../src/lab/evaluate';
import { fnv1a } from '../../../src/lab/fnv1a';
import { decodeNetwork } from '../../../src/lab/networkFile';
import { dequantize } from '../../../src/lab/quantize';
import { RECIPES } from '../../../src/lab/recipes';

const asset = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../src/lab/assets/${name}`, import.meta.url)));
const metrics = JSON.parse(new TextDecoder().decode(asset('metrics.json')));
const test2000 = decodeDigits(asset('test-2000.bin'));
const TARGET: Record<string, number> = { 'softmax-regression': 0.89, 'hidden-84': 0.95 };
const KB = 1024;

describe('shipped lab files', () => {
  test.each(Object.keys(metrics.files))('%s matches its recorded size and checksum', (name) => {
    const bytes = asset(name);
    expect({ bytes: bytes.length, fnv1a: fnv1a(bytes) }).toEqual({
      bytes: metrics.files[name].bytes,
      fnv1a: metrics.files[name].fnv1a,
    });
  });

  test('weights are at most 40 KB gzipped each, the browser training digits at most 150 KB', () => {
    for (const r of RECIPES)
      expect(gzipSync(asset(`${r.name}.bin`), { level: 9 }).length).toBeLessThanOrEqual(40 * KB);
    expect(gzipSync(asset('train-5000.bin'), { level: 9 }).length).toBeLessThanOrEqual(150 * KB);
  });
});

describe.each(RECIPES.map((r) => [r.name] as const))('shipped model %s', (name) => {
  const net = dequantize(decodeNetwork(asset(`${name}.bin`)));
  const recorded = metrics.models[name];
  const scores = evaluate(net, test2000);

  test('reproduces the recorded test accuracy, cross-entropy and ECE', () => {
    expect(scores.accuracy).toBe(recorded.int8.accuracy);
    expect(scores.crossEntropy).toBeCloseTo(recorded.int8.crossEntropy, 10);
    expect(scores.ece).toBeCloseTo(recorded.int8.ece, 10);
    const scaled = evaluate(net, test2000, recorded.temperature);
    expect(scaled.crossEntropy).toBeCloseTo(recorded.int8Calibrated.crossEntropy, 6);
  });

  test('meets its accuracy target on the held-out test digits', () => {
    expect(scores.accuracy).toBeGreaterThanOrEqual(TARGET[name]!);
  });

  test('int8 stays within half a point of the float model', () => {
    expect(Math.abs(recorded.int8.accuracy - recorded.float.accuracy)).toBeLessThanOrEqual(0.005);
  });
});
