import { expInFormat, floatFormat, type FloatFormatName } from '../../lib/math';

/** One floating-point format and the logits for which its exponential still works. */
export interface ExpRangeRow {
  readonly name: FloatFormatName;
  readonly bits: number;
  /** At or below this logit, e^x rounds to exactly 0 (ln of half the smallest subnormal). */
  readonly expUnderflow: number;
  /** Below this logit, e^x is subnormal (fewer significant bits). */
  readonly expMinNormal: number;
  /** Above (about) this logit, e^x overflows to Infinity. */
  readonly expOverflow: number;
  /** e^x in this format for each marked logit, computed with expInFormat (Infinity, 0 or finite). */
  readonly marks: readonly number[];
}

export interface ExpRangeData {
  readonly rows: readonly ExpRangeRow[];
  /** The logits marked on the line (the example's inputs). */
  readonly marks: readonly number[];
  /** Symmetric extent of the logit axis: every threshold and mark fits inside ±extent. */
  readonly extent: number;
}

/** The formats, widest range first; float16 has the narrowest. */
export const EXP_RANGE_FORMATS: readonly FloatFormatName[] = [
  'float64',
  'float32',
  'bfloat16',
  'float16',
];

/**
 * Where e^x overflows, turns subnormal and underflows in each format (from floatFormat, not typed
 * in), and what e^x is for the example's logits in each format (from expInFormat).
 *
 * @example expRangeData([1000]).rows[0].marks // [Infinity]: e^1000 overflows even in float64
 */
export function expRangeData(
  marks: readonly number[] = [],
  formats: readonly FloatFormatName[] = EXP_RANGE_FORMATS,
): ExpRangeData {
  if (formats.length === 0) throw new RangeError('expRangeData needs at least one format');
  if (marks.some((x) => !Number.isFinite(x)))
    throw new RangeError('expRangeData marks finite logits only');
  const rows = formats.map((name) => {
    const f = floatFormat(name);
    return {
      name,
      bits: f.bits,
      expUnderflow: f.expUnderflow,
      expMinNormal: f.expMinNormal,
      expOverflow: f.expOverflow,
      marks: marks.map((x) => expInFormat(x, name)),
    };
  });
  const far = Math.max(
    ...rows.flatMap((r) => [Math.abs(r.expUnderflow), Math.abs(r.expOverflow)]),
    ...marks.map((x) => Math.abs(x)),
  );
  return { rows, marks, extent: far * 1.12 };
}
