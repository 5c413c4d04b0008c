import { describe, expect, test } from 'vitest';
import { seededRandom } from '../../../src/islands/shared/random';
import { binarize } from '../../../src/lab/binarize';
import { decodeDigits, encodeDigits } from '../../../src/lab/digitFile';
import { subset } from '../../../src/lab/digitSet';
import { jitter } from '../../../src/lab/jitter';
import { createNetwork } from '../../../src/lab/network';
import { decodeNetwork, encodeNetwork } from '../../../src/lab/networkFile';
import { dequantize, quantize } from '../../../src/lab/quantize';

function randomDigits(count: number, seed: number) {
  const random = seededRandom(seed);
  const grey = Array.from({ length: count * 784 }, () => random());
  return {
    count,
    pixels: binarize(grey),
    labels: Uint8Array.from({ length: count }, (_, i) => i % 10),
  };
}

describe('digit files', () => {
  test('round-trip pixels and labels, whatever the count', () => {
    for (const count of [0, 1, 3, 17]) {
      const set = randomDigits(count, count);
      expect(decodeDigits(encodeDigits(set))).toEqual(set);
    }
  });

  test('reject a file of another kind or a truncated one', () => {
    expect(() => decodeDigits(new Uint8Array(10))).toThrow(TypeError);
    expect(() => decodeDigits(encodeDigits(randomDigits(2, 1)).subarray(0, 50))).toThrow(TypeError);
  });

  test('subset copies the chosen digits in the given order and rejects a bad index', () => {
    const set = randomDigits(5, 2);
    const s = subset(set, [4, 1]);
    expect(Array.from(s.labels)).toEqual([4, 1]);
    expect(s.pixels.subarray(0, 784)).toEqual(set.pixels.subarray(4 * 784, 5 * 784));
    expect(() => subset(set, [5])).toThrow(RangeError);
  });

  test('binarize puts the ink threshold at one half', () => {
    expect(Array.from(binarize([0, 0.499, 0.5, 1]))).toEqual([0, 0, 1, 1]);
  });

  test('jitter moves a digit by at most one pixel and keeps its ink count away from the border', () => {
    const pixels = new Uint8Array(784);
    pixels[14 * 28 + 14] = 1;
    const moved = jitter({ count: 1, pixels, labels: Uint8Array.of(0) }, seededRandom(3), 1);
    const at = moved.pixels.indexOf(1);
    expect(moved.pixels.reduce((a, b) => a + b, 0)).toBe(1);
    expect(Math.abs(Math.floor(at / 28) - 14)).toBeLessThanOrEqual(1);
    expect(Math.abs((at % 28) - 14)).toBeLessThanOrEqual(1);
  });
});

describe('weight files', () => {
  const net = createNetwork([784, 84, 10], seededRandom(1));
  const random = seededRandom(2);
  for (const w of net.layers[0]!.weights.keys()) net.layers[0]!.weights[w] = random() - 0.5;

  test.each([127, 31])('round-trip a quantised network (±%i)', (levels) => {
    const q = quantize(net, levels);
    expect(decodeNetwork(encodeNetwork(q))).toEqual(q);
  });

  test('int8 weights are within half a step of the float weights', () => {
    const q = quantize(net, 127);
    const back = dequantize(q);
    let worst = 0; // largest error in units of the row's step (one expect, not 66,000)
    net.layers.forEach((layer, l) => {
      layer.weights.forEach((w, i) => {
        const step = q.layers[l]!.scales[i % layer.outputs]!;
        worst = Math.max(worst, Math.abs(back.layers[l]!.weights[i]! - w) / step);
      });
    });
    expect(worst).toBeLessThanOrEqual(0.5 + 1e-9);
  });

  test('quantize rejects a level count outside 1…127', () => {
    expect(() => quantize(net, 128)).toThrow(RangeError);
  });

  test('decodeNetwork rejects a file of another kind or a truncated one', () => {
    expect(() => decodeNetwork(new Uint8Array(8))).toThrow(TypeError);
    expect(() => decodeNetwork(encodeNetwork(quantize(net)).subarray(0, 100))).toThrow(TypeError);
  });
});
