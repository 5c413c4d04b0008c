import { describe, expect, test } from 'vitest';
import { seededRandom } from '../../../src/islands/shared/random';
import { DIGIT_PIXELS, type DigitSet } from '../../../src/lab/digitSet';
import { evaluate } from '../../../src/lab/evaluate';
import type { Recipe } from '../../../src/lab/recipes';
import { trainModel } from '../../../src/lab/trainModel';

/** 90 synthetic "digits": class c inks rows 6c…6c+5 (with 10 % of pixels flipped at random). */
function stripes(seed: number): DigitSet {
  const random = seededRandom(seed);
  const count = 90;
  const pixels = new Uint8Array(count * DIGIT_PIXELS);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const c = i % 3;
    labels[i] = c;
    for (let j = 0; j < DIGIT_PIXELS; j++) {
      const row = Math.floor(j / 28);
      const ink = row >= 6 * c + 4 && row < 6 * c + 10 ? 1 : 0;
      pixels[i * DIGIT_PIXELS + j] = random() < 0.1 ? 1 - ink : ink;
    }
  }
  return { count, pixels, labels };
}

const tiny = (sizes: number[], jitter: number): Recipe => ({
  name: 'tiny',
  sizes: [784, ...sizes],
  initSeed: 1,
  shuffleSeed: 2,
  epochs: 8,
  sgd: { learningRate: 0.05, momentum: 0.9, batchSize: 10, weightDecay: 1e-4 },
  jitter,
  levels: 127,
});

describe('trainModel on a tiny synthetic set', () => {
  test.each([
    ['softmax regression', [3], 0],
    ['a tanh hidden layer, with jitter', [8, 3], 1],
  ] as const)('lowers the loss and learns the classes: %s', (_, sizes, jitter) => {
    const train = stripes(1);
    const losses: number[] = [];
    const net = trainModel(tiny([...sizes], jitter), train, (_e, loss) => losses.push(loss));
    expect(losses).toHaveLength(8);
    expect(losses[7]!).toBeLessThan(losses[0]! / 2);
    const held = evaluate(net, stripes(2));
    expect(held.accuracy).toBe(1);
    expect(held.crossEntropy).toBeLessThan(Math.log(3) / 2);
  });

  test('gives the same weights bit for bit on every run', () => {
    const a = trainModel(tiny([8, 3], 1), stripes(1));
    const b = trainModel(tiny([8, 3], 1), stripes(1));
    expect(b).toEqual(a);
  });
});
