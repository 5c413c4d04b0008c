/**
 * Digit lab speed (goals from issue 14): one forward pass of each shipped model on one test
 * digit ≤ 5 ms, and one training epoch of softmax regression on the 5,000 browser training
 * digits ≤ 2 s. Reads the committed files from src/lab/assets. Run with
 * `npx vitest bench --run --project 'unit*' tests/bench/lab.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { seededRandom } from '../../src/islands/shared/random';
import { decodeDigits } from '../../src/lab/digitFile';
import { createActivations, createNetwork, forward } from '../../src/lab/network';
import { decodeNetwork } from '../../src/lab/networkFile';
import { dequantize } from '../../src/lab/quantize';
import { SOFTMAX_REGRESSION } from '../../src/lab/recipes';
import { createTrainer, trainEpoch } from '../../src/lab/trainer';

const asset = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../src/lab/assets/${name}`, import.meta.url)));
const testDigits = decodeDigits(asset('test-2000.bin'));
const train = decodeDigits(asset('train-5000.bin'));
const models = {
  'softmax regression': dequantize(decodeNetwork(asset('softmax-regression.bin'))),
  '784-84-10 tanh': dequantize(decodeNetwork(asset('hidden-84.bin'))),
};
// A drawn digit arrives as dense grey levels (few exact zeros): the slow case for forward().
const grey = Float64Array.from({ length: 784 }, seededRandom(9));

const ms = (latencyMean: number) => `${latencyMean.toFixed(3)} ms`;

test('forward pass of one digit: each model ≤ 5 ms', { timeout: 120_000 }, async ({ bench }) => {
  const lines: string[] = [];
  for (const [name, net] of Object.entries(models)) {
    const acts = createActivations(net);
    let i = 0;
    const r = await bench.compare(
      bench(`${name}: binarized test digit`, () => {
        forward(net, testDigits.pixels, (i++ % testDigits.count) * 784, acts);
      }),
      bench(`${name}: dense grey input`, () => {
        forward(net, grey, 0, acts);
      }),
      { time: 300 },
    );
    for (const kind of ['binarized test digit', 'dense grey input'] as const) {
      const mean = r.get(`${name}: ${kind}`).latency.mean;
      lines.push(`  ${`${name}, ${kind}`.padEnd(44)} ${ms(mean)} per forward pass`);
      expect(mean).toBeLessThan(5);
    }
  }
  console.log(['forward pass (mean latency):', ...lines].join('\n'));
});

test(
  'softmax regression: one epoch on the 5,000 browser digits ≤ 2 s',
  { timeout: 120_000 },
  async ({ bench }) => {
    const r = await bench('softmax regression epoch', () => {
      const net = createNetwork(SOFTMAX_REGRESSION.sizes, seededRandom(1));
      trainEpoch(createTrainer(net, SOFTMAX_REGRESSION.sgd, 2), train);
    }).run({ time: 0, iterations: 10 });
    console.log(
      `one epoch of softmax regression on ${train.count} digits (batch 50, momentum): ${ms(r.latency.mean)}`,
    );
    expect(r.latency.mean).toBeLessThan(2000);
  },
);
