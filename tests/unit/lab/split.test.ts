import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readMnist } from '../../../scripts/lab/readMnist';
import { seededRandom } from '../../../src/islands/shared/random';
import { binarize } from '../../../src/lab/binarize';
import { decodeDigits } from '../../../src/lab/digitFile';
import { fnv1a } from '../../../src/lab/fnv1a';
import { permutation } from '../../../src/lab/permutation';
import { LAB_SPLIT, splitIndices } from '../../../src/lab/splitIndices';

const asset = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../src/lab/assets/${name}`, import.meta.url)));
const bytesOf = (a: Uint32Array) => new Uint8Array(Uint16Array.from(a).buffer);

describe('the recorded split', () => {
  const split = splitIndices(LAB_SPLIT.total, LAB_SPLIT.sizes, LAB_SPLIT.seed);

  test('has 7,000 / 1,000 / 2,000 digits that never overlap', () => {
    expect([split.train.length, split.validation.length, split.test.length]).toEqual([
      7000, 1000, 2000,
    ]);
    expect(new Set([...split.train, ...split.validation, ...split.test]).size).toBe(10_000);
  });

  test('is the same on every run and matches the recorded checksums', () => {
    const again = splitIndices(LAB_SPLIT.total, LAB_SPLIT.sizes, LAB_SPLIT.seed);
    expect(again).toEqual(split);
    // Literal values: changing the seed, the generator or the shuffle must fail here.
    expect(fnv1a(bytesOf(split.train))).toBe(3917339171);
    expect(fnv1a(bytesOf(split.validation))).toBe(2976845164);
    expect(fnv1a(bytesOf(split.test))).toBe(1252900258);
    expect(Array.from(split.test.subarray(0, 3))).toEqual(Array.from(again.test.subarray(0, 3)));
    const recorded = JSON.parse(new TextDecoder().decode(asset('metrics.json'))).split.fnv1a;
    expect(recorded).toEqual({ train: 3917339171, validation: 2976845164, test: 1252900258 });
  });

  test('changes with the seed', () => {
    expect(splitIndices(LAB_SPLIT.total, LAB_SPLIT.sizes, LAB_SPLIT.seed + 1).test).not.toEqual(
      split.test,
    );
  });

  test('rejects sizes larger than the data', () => {
    expect(() => splitIndices(10, { train: 8, validation: 2, test: 1 }, 1)).toThrow(RangeError);
  });

  test('shipped digit files are the mnist package digits at those positions, binarized', () => {
    const mnist = readMnist();
    expect(mnist.count).toBe(10_000);
    const check = (name: string, indices: ArrayLike<number>) => {
      const set = decodeDigits(asset(name));
      expect(set.count).toBe(indices.length);
      for (let i = 0; i < set.count; i++) {
        const k = indices[i]!;
        expect(set.labels[i]).toBe(mnist.labels[k]);
        const want = binarize(mnist.grey.subarray(k * 784, (k + 1) * 784));
        if (fnv1a(want) !== fnv1a(set.pixels.subarray(i * 784, (i + 1) * 784)))
          expect.fail(`${name}: digit ${i} differs`);
      }
    };
    check('test-2000.bin', split.test);
    check('validation-1000.bin', split.validation);
    check('train-5000.bin', split.train.subarray(0, 5000));
  });
});

describe('permutation', () => {
  test('holds every index once, and the same seed gives the same order', () => {
    const p = permutation(1000, seededRandom(5));
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(permutation(1000, seededRandom(5))).toEqual(p);
  });
});
