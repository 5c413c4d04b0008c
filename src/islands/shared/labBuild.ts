/// <reference types="node" />
/**
 * Build-time access to the digit lab's shipped files (src/lab/assets), for island wrappers
 * and lesson computations that render a precomputed example into the HTML. Server only: it
 * reads the files with node:fs (never fetched, never bundled for the browser). Decoded once
 * per build and shared by every page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// Imported file by file, not from src/lab/index.ts: that one also pulls in the `?url` asset
// imports of labFiles.ts, which only the browser side needs.
import { accuracy } from '../../lab/accuracy';
import { decodeDigits } from '../../lab/digitFile';
import { DIGIT_CLASSES, type DigitSet } from '../../lab/digitSet';
import { logitsOf, type Network } from '../../lab/network';
import { decodeNetwork } from '../../lab/networkFile';
import { dequantize } from '../../lab/quantize';
import metricsJson from '../../lab/assets/metrics.json';

/** The two shipped models, by the names the widgets use. */
export type LabModel = 'linear' | 'hidden84';
export const LAB_MODEL_FILES: Record<LabModel, 'softmax-regression' | 'hidden-84'> = {
  linear: 'softmax-regression',
  hidden84: 'hidden-84',
};

/** The scores `npm run train` recorded (src/lab/assets/metrics.json). */
export const labMetrics = metricsJson;

// The build runs from the project root (Astro, vitest and tsc all do).
const read = (name: string) =>
  new Uint8Array(readFileSync(join(process.cwd(), 'src', 'lab', 'assets', name)));

const cache = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/**
 * A shipped model as the browser runs it (int8 weights dequantized). The build's accuracy
 * guard: decoding a model also scores it on the shipped test digits and throws, failing the
 * build of every page that shows lab numbers, when it does not reproduce the test accuracy
 * `npm run train` recorded in metrics.json (the unit test tests/unit/lab/shippedModels.test.ts
 * checks the same, and the cross-entropy and ECE, outside the build).
 */
export const buildModel = (model: LabModel): Network =>
  once(`model:${model}`, () => {
    const net = dequantize(decodeNetwork(read(`${LAB_MODEL_FILES[model]}.bin`)));
    const test = buildDigits('test');
    const logits = logitsOf(net, test.pixels, test.count);
    cache.set(`logits:${model}:test`, logits);
    const measured = accuracy(logits, test.labels);
    const recorded = labMetrics.models[LAB_MODEL_FILES[model]].int8.accuracy;
    if (measured !== recorded)
      throw new Error(
        `src/lab/assets/${LAB_MODEL_FILES[model]}.bin scores ${measured} on the ${test.count} test digits, ` +
          `but metrics.json records ${recorded}: run \`npm run train\` (or \`-- --check\`) and commit its files together.`,
      );
    return net;
  });

/** A shipped digit set: 'test' (2,000), 'validation' (1,000) or 'train' (5,000). */
export const buildDigits = (set: 'test' | 'validation' | 'train'): DigitSet =>
  once(`digits:${set}`, () =>
    decodeDigits(
      read(
        set === 'test'
          ? 'test-2000.bin'
          : set === 'validation'
            ? 'validation-1000.bin'
            : 'train-5000.bin',
      ),
    ),
  );

/** Logits of every digit of a set under a model (count × 10). */
export const buildLogits = (model: LabModel, set: 'test' | 'validation'): Float64Array =>
  once(`logits:${model}:${set}`, () => {
    const digits = buildDigits(set);
    return logitsOf(buildModel(model), digits.pixels, digits.count);
  });

/** Positions in the test set of the first digit of each class 0–9 (the widgets' default row). */
export function firstOfEachClass(set: DigitSet = buildDigits('test')): number[] {
  const out: number[] = [];
  for (let k = 0; k < DIGIT_CLASSES; k++) {
    const i = set.labels.indexOf(k);
    if (i >= 0) out.push(i);
  }
  return out;
}

/**
 * Packs a digit's 784 pixels (0/1) into hex, 4 pixels a character (196 characters): how the
 * wrappers hand digits to an island without a long JSON array in the HTML.
 */
export function packDigit(set: DigitSet, index: number): string {
  let hex = '';
  const base = index * 784;
  for (let i = 0; i < 784; i += 4) {
    const v =
      (set.pixels[base + i]! << 3) |
      (set.pixels[base + i + 1]! << 2) |
      (set.pixels[base + i + 2]! << 1) |
      set.pixels[base + i + 3]!;
    hex += v.toString(16);
  }
  return hex;
}
