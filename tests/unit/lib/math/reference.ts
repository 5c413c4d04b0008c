/**
 * Test helper: loads tests/fixtures/reference/public.json (exact-arithmetic reference values,
 * see its README) at run time, decodes the non-finite strings, regenerates the large cases'
 * logits and implements the README's error model (first-order absolute bounds, K = 4) once.
 * No reference number is copied into the tests.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

export const REFERENCE_URL = new URL('../../../fixtures/reference/public.json', import.meta.url);

type Raw = unknown;
const decode = (v: Raw): Raw =>
  v === 'Infinity'
    ? Infinity
    : v === '-Infinity'
      ? -Infinity
      : v === 'NaN'
        ? NaN
        : Array.isArray(v)
          ? v.map(decode)
          : v !== null && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]))
            : v;

export interface RefCase {
  name: string;
  n: number;
  logits: number[];
  temperature?: number;
  target?: number;
  targetDistribution?: number[];
  softmax: number[];
  logSoftmax: number[];
  logSumExp: number;
  argmax: number;
  crossEntropy?: number;
  gradient?: number[];
  entropy: number;
  jacobian?: number[][];
  jvp?: { v: number[]; result: number[] };
  trace?: { max: number; shifted: number[]; exps: number[]; sum: number };
  shiftOf?: string;
  shift?: number;
}

export interface Generator {
  name: string;
  seed: number;
  n: number;
  offset: number;
  scale: number;
}

export interface LargeCase {
  name: string;
  n: number;
  generator: Generator;
  target: number;
  firstLogits: number[];
  summary: {
    sumProb: number;
    maxProb: number;
    argmax: number;
    logSumExp: number;
    entropy: number;
    crossEntropy: number;
    probAt: Record<string, number>;
    logSoftmaxAt: Record<string, number>;
    gradientAtTarget: number;
  };
}

export interface SigmoidPoint {
  x: number;
  sigmoid: number;
}

export interface Convention {
  name: string;
  fn:
    | 'softmax'
    | 'logSoftmax'
    | 'logSumExp'
    | 'argmax'
    | 'entropy'
    | 'jacobian'
    | 'crossEntropy'
    | 'oneHot'
    | 'sigmoid';
  args: Record<string, unknown>;
  expect: unknown;
  why: string;
}

export interface Reference {
  cases: RefCase[];
  large: LargeCase[];
  sigmoid: SigmoidPoint[];
  conventions: Convention[];
}

let cached: Reference | undefined;

/** The decoded public reference file (read once per test file). */
export function reference(): Reference {
  cached ??= decode(JSON.parse(readFileSync(REFERENCE_URL, 'utf8'))) as Reference;
  return cached;
}

/** mulberry32 as given in the reference README. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Regenerates the logits of a large case: x_i = offset + scale·(2u_i − 1), u_i uniform53. */
export function generateLogits(g: Generator): Float64Array {
  if (g.name !== 'mulberry32-uniform53') throw new Error(`unknown generator ${g.name}`);
  const next = mulberry32(g.seed);
  const out = new Float64Array(g.n);
  for (let i = 0; i < g.n; i++) {
    const a = next();
    const b = next();
    const u = ((a >>> 5) * 2 ** 26 + (b >>> 6)) / 2 ** 53;
    out[i] = g.offset + g.scale * (2 * u - 1);
  }
  return out;
}

export const U = 2 ** -53;
export const K = 4;
export const ATOL_PROB = 2 ** -1072;

/**
 * The README's error model for one logit vector. `p` are the (reference or computed)
 * probabilities, used only to size the bounds.
 */
export function errorModel(
  logits: ArrayLike<number>,
  temperature: number | undefined,
  p: ArrayLike<number>,
) {
  const n = logits.length;
  const T = temperature ?? 1;
  let rawMax = -Infinity;
  for (let i = 0; i < n; i++) rawMax = Math.max(rawMax, logits[i] as number);
  let A = 0;
  if (T !== 1) {
    let overflow = false;
    for (let i = 0; i < n; i++) {
      const x = logits[i] as number;
      const z = x / T;
      if (Number.isFinite(x) && !Number.isFinite(z)) overflow = true;
      else if (Number.isFinite(z)) A = Math.max(A, Math.abs(z));
    }
    if (overflow) A = 0;
  }
  const d = (i: number): number => ((logits[i] as number) - rawMax) / T;
  const B = (i: number): number => 2 * n + 4 + 2 * Math.abs(d(i)) + 4 * A;
  const pi = (i: number): number => p[i] as number;
  const eps = (i: number): number => (pi(i) === 0 ? ATOL_PROB : K * U * pi(i) * B(i) + ATOL_PROB);
  const logSoftmax = (i: number, l: number): number => K * U * (Math.abs(l) + B(i));
  return {
    n,
    A,
    d,
    eps,
    softmax: eps,
    logSoftmax,
    logSumExp: (L: number): number => K * U * (Math.abs(L) + 2 * n + 4 + 4 * A),
    crossEntropyIndex: (t: number, l: number): number => logSoftmax(t, l),
    crossEntropyDistribution: (y: ArrayLike<number>, l: ArrayLike<number>, ce: number): number => {
      let s = 0;
      for (let i = 0; i < n; i++)
        if ((y[i] as number) !== 0) s += (y[i] as number) * logSoftmax(i, l[i] as number);
      return s + K * U * n * Math.abs(ce);
    },
    gradient: (i: number, g: number): number => eps(i) + K * U * Math.abs(g),
    entropy: (l: ArrayLike<number>, H: number): number => {
      let s = 0;
      for (let i = 0; i < n; i++) {
        if (pi(i) > 0)
          s += eps(i) * (1 + Math.abs(l[i] as number)) + pi(i) * logSoftmax(i, l[i] as number);
      }
      return s + K * U * n * H;
    },
    jacobian: (i: number, j: number): number =>
      eps(i) + pi(i) * eps(j) + K * U * pi(i) * ((i === j ? 1 : 0) + pi(j)),
    jvp: (i: number, v: ArrayLike<number>): number => {
      let s = 0;
      let se = 0;
      let sp = 0;
      for (let j = 0; j < n; j++) {
        const vj = v[j] as number;
        s += pi(j) * vj;
        se += eps(j) * Math.abs(vj);
        sp += pi(j) * Math.abs(vj);
      }
      const vi = Math.abs(v[i] as number);
      return eps(i) * (vi + Math.abs(s)) + pi(i) * (se + K * U * (n * sp + vi + Math.abs(s)));
    },
    traceMax: (max: number): number => K * U * Math.abs(max),
    traceShifted: (i: number, di: number): number => K * U * (Math.abs(di) + 2 * A),
    traceExps: (i: number, e: number): number =>
      e === 0 ? ATOL_PROB : K * U * e * (2 + Math.abs(d(i)) + 2 * A) + ATOL_PROB,
    traceSum: (S: number): number => K * U * S * (2 * n + 4 + 4 * A),
    sumProb: (): number => {
      let s = 0;
      for (let i = 0; i < n; i++) s += eps(i);
      return s + K * U * n;
    },
  };
}

/** Sigmoid tolerance from the README: 2K·u·|s| + 2^-1072. */
export const sigmoidTolerance = (s: number): number => 2 * K * U * Math.abs(s) + ATOL_PROB;

/**
 * Asserts |actual − expected| ≤ tol; non-finite expected values must match exactly
 * (same infinity, or NaN).
 */
export function expectClose(
  actual: number | undefined,
  expected: number,
  tol: number,
  label: string,
): void {
  if (!Number.isFinite(expected)) {
    expect(actual, `${label}: expected ${expected}`).toBe(expected);
    return;
  }
  expect(typeof actual, `${label}: not a number`).toBe('number');
  const err = Math.abs((actual as number) - expected);
  if (!(err <= tol)) {
    expect.fail(`${label}: got ${actual}, expected ${expected}, |error| ${err} > tolerance ${tol}`);
  }
}

/** Element-wise {@link expectClose} with a per-index tolerance. */
export function expectAllClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  tol: (i: number, e: number) => number,
  label: string,
): void {
  expect(actual.length, `${label}: length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i] as number;
    expectClose(actual[i], e, Number.isFinite(e) ? tol(i, e) : 0, `${label}[${i}]`);
  }
}

/** Options object for a case's temperature (undefined when T is absent). */
export const temperatureOf = (c: { temperature?: number }) =>
  c.temperature === undefined ? undefined : { temperature: c.temperature };

/** The case's target (class index or distribution), if any. */
export const targetOf = (c: RefCase): number | number[] | undefined =>
  c.target ?? c.targetDistribution;

/** Decodes a convention's logits/p argument. */
export const numbers = (v: unknown): number[] => v as number[];

const show = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(show).join(', ')}]`
    : typeof v === 'number'
      ? String(v)
      : JSON.stringify(v);

/** A readable title for a convention check, e.g. "softmax([Infinity, 0, 1]) returns [NaN, NaN, NaN] (plus_inf_one)". */
export function conventionTitle(c: Convention): string {
  const args = Object.entries(c.args)
    .map(([k, v]) => (k === 'logits' || k === 'p' || k === 'x' ? show(v) : `${k}: ${show(v)}`))
    .join(', ');
  const e = c.expect as { throws?: string };
  const outcome =
    e !== null && typeof e === 'object' && !Array.isArray(e) && e.throws
      ? `throws a ${e.throws}`
      : `returns ${show(c.expect)}`;
  return `${c.fn}(${args}) ${outcome} (${c.name}: ${c.why})`;
}

function sameNumber(a: unknown, e: number, label: string): void {
  if (Number.isNaN(e)) expect(a, label).toBeNaN();
  else if (!Number.isFinite(e) || e === 0) expect(a, label).toBe(e === 0 ? 0 : e);
  else expectClose(a as number, e, 8 * U * Math.abs(e), label);
}

/** Checks one convention: `run` evaluates the library on `c.args`. */
export function expectConvention(c: Convention, run: () => unknown): void {
  const e = c.expect as { throws?: string };
  if (e !== null && typeof e === 'object' && !Array.isArray(e) && e.throws) {
    expect(run).toThrow(e.throws === 'RangeError' ? RangeError : Error);
    return;
  }
  const actual = run();
  if (Array.isArray(c.expect)) {
    const exp = c.expect as unknown[];
    expect(Array.isArray(actual), 'array result').toBe(true);
    const arr = actual as unknown[];
    expect(arr.length).toBe(exp.length);
    exp.forEach((x, i) => {
      if (Array.isArray(x))
        (x as number[]).forEach((y, j) => sameNumber((arr[i] as number[])[j], y, `[${i}][${j}]`));
      else sameNumber(arr[i], x as number, `[${i}]`);
    });
  } else {
    sameNumber(actual, c.expect as number, c.name);
  }
}

/** The conventions of one function. */
export const conventionsFor = (fn: Convention['fn']): Convention[] =>
  reference().conventions.filter((c) => c.fn === fn);
