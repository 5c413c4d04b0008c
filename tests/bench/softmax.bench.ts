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

const NAMES = [
  'bare softmax (Float64Array)',
  'bare softmax (number[] out)',
  'softmax (Float64Array in)',
  'softmax (number[] in)',
  'bare logSoftmax (Float64Array)',
  'logSoftmax (Float64Array in)',
] as const;
type Name = (typeof NAMES)[number];
const REFERENCE: Record<Name, Name> = {
  'bare softmax (Float64Array)': 'bare softmax (Float64Array)',
  'bare softmax (number[] out)': 'bare softmax (Float64Array)',
  'softmax (Float64Array in)': 'bare softmax (Float64Array)',
  'softmax (number[] in)': 'bare softmax (Float64Array)',
  'bare logSoftmax (Float64Array)': 'bare logSoftmax (Float64Array)',
  'logSoftmax (Float64Array in)': 'bare logSoftmax (Float64Array)',
};
const median = (v: number[]): number => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

// The machine may be shared: tinybench runs the tasks one after another, so a load change
// between two tasks skews their ratio. Several short rounds, and the median over rounds of
// the per-round ratio, make the comparison much less sensitive to that.
for (const [label, n, rounds, time, iterations] of [
  ['10', 10, 3, 300, 64],
  ['1e3', 1_000, 3, 300, 64],
  ['1e6', 1_000_000, 5, 600, 12],
] as const) {
  test(`softmax and logSoftmax at n = ${label}`, { timeout: 600_000 }, async ({ bench }) => {
    const x = logits(n);
    const xs = Array.from(x);
    const ops: Record<Name, number[]> = Object.fromEntries(
      NAMES.map((k) => [k, []]),
    ) as unknown as Record<Name, number[]>;
    const ratios: Record<Name, number[]> = Object.fromEntries(
      NAMES.map((k) => [k, []]),
    ) as unknown as Record<Name, number[]>;
    for (let round = 0; round < rounds; round++) {
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
        { time, iterations },
      );
      for (const name of NAMES) {
        const hz = r.get(name).throughput.mean;
        ops[name].push(hz);
        ratios[name].push(r.get(REFERENCE[name]).throughput.mean / hz);
      }
    }
    console.log(
      [
        `n = ${label}: median over ${rounds} rounds (time ratio = bare ops/s ÷ ops/s, per round; < 1 is faster than bare)`,
        ...NAMES.map(
          (name) =>
            `  ${name.padEnd(32)} ${median(ops[name]).toExponential(3).padStart(10)} ops/s   ${median(ratios[name]).toFixed(2)}× the time of ${REFERENCE[name]}` +
            `   (rounds: ${ratios[name].map((v) => v.toFixed(2)).join(', ')})`,
        ),
        `  (sink ${sink > 0 ? '+' : '-'})`,
      ].join('\n'),
    );
  });
}
