/**
 * Test helper: loads the committed fixtures of the precision, softplus and sampling functions
 * (tests/fixtures/float-formats, softplus, mulberry32; each folder's README says how its generator
 * in scripts/fixtures/ computed them) and decodes the non-finite strings. The tests never run Python.
 */
import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../../../fixtures/', import.meta.url);

const decode = (v: unknown): unknown =>
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

const load = (path: string): unknown =>
  decode(JSON.parse(readFileSync(new URL(path, FIXTURES), 'utf8')));

export type FormatName = 'float64' | 'float32' | 'float16' | 'bfloat16';

export interface FormatLimits {
  precision: number;
  maxExponent: number;
  bits: number;
  maxFinite: number;
  minNormal: number;
  minSubnormal: number;
  epsilon: number;
  expOverflow: number;
  expMinNormal: number;
  expUnderflow: number;
}

export interface FloatFormatsFixture {
  numpy: string;
  ml_dtypes: string;
  doubleRoundingCases: number;
  /** [x, float32, float16, bfloat16 (rounded once), bfloat16ViaFloat32 (ml_dtypes)] */
  rounding: [number, number, number, number, number][];
  formats: Record<FormatName, FormatLimits>;
  /** [x, e^x in float64 (NumPy), then rounded once to float32, float16, bfloat16] */
  exp: [number, number, number, number, number][];
}

export interface SoftplusFixture {
  softplus: [x: number, softplus: number][];
  bce: [logit: number, target: number, posWeight: number, bce: number][];
}

export interface Mulberry32Fixture {
  outputs: Record<string, number[]>;
}

let floats: FloatFormatsFixture | undefined;
let softplus: SoftplusFixture | undefined;
let mulberry: Mulberry32Fixture | undefined;

export const floatFormatsFixture = (): FloatFormatsFixture =>
  (floats ??= load('float-formats/float-formats.json') as FloatFormatsFixture);
export const softplusFixture = (): SoftplusFixture =>
  (softplus ??= load('softplus/softplus.json') as SoftplusFixture);
export const mulberry32Fixture = (): Mulberry32Fixture =>
  (mulberry ??= load('mulberry32/mulberry32.json') as Mulberry32Fixture);

/** Object.is, so that −0 and +0 differ and NaN equals NaN. */
export function mismatches(
  rows: readonly (readonly number[])[],
  input: number,
  column: number,
  f: (x: number) => number,
): string[] {
  const bad: string[] = [];
  for (const r of rows) {
    const got = f(r[input] as number);
    if (!Object.is(got, r[column])) bad.push(`${r[input]} → ${got}, expected ${r[column]}`);
  }
  return bad;
}

/** Pearson's χ² statistic of observed counts against expected probabilities. */
export function chiSquare(counts: readonly number[], probs: readonly number[]): number {
  const n = counts.reduce((a, b) => a + b, 0);
  let chi = 0;
  for (let i = 0; i < counts.length; i++) {
    const e = n * (probs[i] as number);
    chi += ((counts[i] as number) - e) ** 2 / e;
  }
  return chi;
}

/** 0.999 quantiles of the χ² distribution by degrees of freedom (a χ² table). */
export const CHI2_999: Readonly<Record<number, number>> = {
  1: 10.828,
  2: 13.816,
  3: 16.266,
  4: 18.467,
  5: 20.515,
};

/**
 * Every finite non-negative value of a 16-bit format, decoded from its bit pattern, indexed by that
 * pattern (0 = +0 … 0x7bff = 65504 for float16, … 0x7f7f = max for bfloat16): ascending, and the
 * pattern's last bit is the last significand bit, so an even index is an "even" value.
 */
export function finite16BitValues(format: 'float16' | 'bfloat16'): number[] {
  const out: number[] = [];
  const f32 = new Float32Array(1);
  const u32 = new Uint32Array(f32.buffer);
  const last = format === 'float16' ? 0x7bff : 0x7f7f;
  for (let bits = 0; bits <= last; bits++) {
    if (format === 'bfloat16') {
      u32[0] = bits << 16;
      out.push(f32[0] as number);
    } else {
      const e = bits >> 10;
      const f = bits & 0x3ff;
      out.push(e === 0 ? f * 2 ** -24 : (1 + f / 1024) * 2 ** (e - 15));
    }
  }
  return out;
}
