/**
 * Throughput of the library's softmax and logSoftmax against bare three-pass Float64Array
 * loops (max; exp + sum; divide or subtract), in the same run, at n = 10, 1e3 and 1e6.
 * Goal: the library within 1.5× of the bare loop at n = 1e6. A third reference, the same bare
 * loop writing a plain number[] (the library's return type), separates the cost of the output
 * type from the algorithm. Run with `npx vitest bench --run --project 'unit*'` (the benchmark
 * project is named "unit (bench)" in vitest 5, so `--project unit` matches nothing).
 */
import { test } from 'vitest';
import { logSoftmax } from '../../src/lib/math/logSoftmax';
import { softmax } from '../../src/lib/math/softmax';

/** Bare softmax: no validation, no special cases, output in a fresh Float64Array. */
function bareSoftmax(x: Float64Array): Float64Array {
  const n = x.length;
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (x[i]! > max) max = x[i]!;
  const out = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp(x[i]! - max);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < n; i++) out[i]! /= sum;
  return out;
}

/** The same bare loop writing a plain number[] (what the library must return), to separate the cost of the output type. */
function bareSoftmaxArray(x: Float64Array): number[] {
  const n = x.length;
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (x[i]! > max) max = x[i]!;
  const out = [0.5];
  out.length = n;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp(x[i]! - max);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < n; i++) out[i]! /= sum;
  return out;
}

/** Bare log-softmax: max; exp + sum; subtract. */
function bareLogSoftmax(x: Float64Array): Float64Array {
  const n = x.length;
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (x[i]! > max) max = x[i]!;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.exp(x[i]! - max);
  const logS = Math.log(sum);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = x[i]! - max - logS;
  return out;
}

function logits(n: number): Float64Array {
  let s = 12345;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    x[i] = ((s >>> 8) / 2 ** 24) * 20 - 10;
  }
  return x;
}

let sink = 0;

for (const [label, n, time] of [
  ['10', 10, 500],
  ['1e3', 1_000, 500],
  ['1e6', 1_000_000, 2_000],
] as const) {
  test(`softmax and logSoftmax at n = ${label}`, async ({ bench }) => {
    const x = logits(n);
    const xs = Array.from(x);
    const r = await bench.compare(
      bench('bare softmax (Float64Array)', () => {
        sink += bareSoftmax(x)[0]!;
      }),
      bench('bare softmax (number[] out)', () => {
        sink += bareSoftmaxArray(x)[0]!;
      }),
      bench('softmax (Float64Array in)', () => {
        sink += softmax(x)[0]!;
      }),
      bench('softmax (number[] in)', () => {
        sink += softmax(xs)[0]!;
      }),
      bench('bare logSoftmax (Float64Array)', () => {
        sink += bareLogSoftmax(x)[0]!;
      }),
      bench('logSoftmax (Float64Array in)', () => {
        sink += logSoftmax(x)[0]!;
      }),
      { time },
    );
    type Name = Parameters<typeof r.get>[0];
    const stats = (name: Name) => r.get(name);
    const line = (name: Name, ref: Name) => {
      const a = stats(name);
      const b = stats(ref);
      return (
        `  ${name.padEnd(32)} ${a.throughput.mean.toExponential(3).padStart(10)} ops/s` +
        `   time ratio vs bare: mean ${(b.throughput.mean / a.throughput.mean).toFixed(2)}×,` +
        ` median ${(a.latency.p50 / b.latency.p50).toFixed(2)}×, min ${(a.latency.min / b.latency.min).toFixed(2)}×`
      );
    };
    console.log(
      [
        `n = ${label}`,
        line('bare softmax (Float64Array)', 'bare softmax (Float64Array)'),
        line('bare softmax (number[] out)', 'bare softmax (Float64Array)'),
        line('softmax (Float64Array in)', 'bare softmax (Float64Array)'),
        line('softmax (number[] in)', 'bare softmax (Float64Array)'),
        line('bare logSoftmax (Float64Array)', 'bare logSoftmax (Float64Array)'),
        line('logSoftmax (Float64Array in)', 'bare logSoftmax (Float64Array)'),
        `  (sink ${sink > 0 ? '+' : '-'})`,
      ].join('\n'),
    );
  });
}
