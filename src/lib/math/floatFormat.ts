/**
 * Names of the floating-point formats the library can emulate: IEEE 754
 * binary64 (JavaScript's number), binary32, binary16, and Google's bfloat16
 * (binary32's 8 exponent bits with an 8-bit significand).
 *
 * @example
 * roundToFormat(1 + 2 ** -8, 'bfloat16'); // 1
 */
export type FloatFormatName = 'float64' | 'float32' | 'float16' | 'bfloat16';

/**
 * The parameters and limits of a binary floating-point format, all computed
 * from its precision p and maximal exponent emax (emin = 1 − emax).
 *
 * The three exp thresholds are what a naive softmax meets in that format:
 * e^x overflows to Infinity a hair above `expOverflow` = ln maxFinite (exactly,
 * from ln(maxFinite + ulp/2), about 2^−p−1 further); e^x is subnormal (fewer
 * significant bits) below `expMinNormal` = ln minNormal; and e^x rounds to 0
 * at or below `expUnderflow` = ln(minSubnormal / 2).
 *
 * @example
 * floatFormat('float16'); // { name: 'float16', bits: 16, precision: 11, maxExponent: 15, minExponent: -14, maxFinite: 65504, minNormal: 0.00006103515625, minSubnormal: 5.960464477539063e-8, epsilon: 0.0009765625, expOverflow: 11.089866488461016, expMinNormal: -9.704060527839234, expUnderflow: -17.328679513998633 }
 */
export interface FloatFormat {
  readonly name: FloatFormatName;
  /** Storage width in bits. */
  readonly bits: number;
  /** Significand bits p, the implicit leading bit included (53, 24, 11, 8). */
  readonly precision: number;
  /** Largest exponent emax: the largest finite value is (2 − 2^(1−p))·2^emax. */
  readonly maxExponent: number;
  /** Smallest normal exponent emin = 1 − emax. */
  readonly minExponent: number;
  /** Largest finite value (2 − 2^(1−p))·2^emax. */
  readonly maxFinite: number;
  /** Smallest positive normal value 2^emin. */
  readonly minNormal: number;
  /** Smallest positive subnormal value 2^(emin − p + 1). */
  readonly minSubnormal: number;
  /** Machine epsilon 2^(1−p): the gap between 1 and the next value (twice the unit roundoff). */
  readonly epsilon: number;
  /** ln maxFinite: above (about) this x, e^x overflows to Infinity. */
  readonly expOverflow: number;
  /** ln minNormal: below this x, e^x is subnormal. */
  readonly expMinNormal: number;
  /** ln(minSubnormal / 2): at or below this x, e^x rounds to 0. */
  readonly expUnderflow: number;
}

/** p and emax of each format; everything else is derived. */
const PARAMETERS: Readonly<
  Record<FloatFormatName, readonly [bits: number, p: number, emax: number]>
> = {
  float64: [64, 53, 1023],
  float32: [32, 24, 127],
  float16: [16, 11, 15],
  bfloat16: [16, 8, 127],
};

/** ln 2 = LN2_HI + LN2_LO (fdlibm e_log.c); LN2_HI has 32 significant bits. */
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
// k·ln 2, correctly rounded for |k| < 2^21.
const ln2Times = (k: number): number => k * LN2_HI + k * LN2_LO;

const cache = new Map<FloatFormatName, FloatFormat>();

/**
 * The limits of one floating-point format (see {@link FloatFormat}), computed
 * from its precision and exponent range rather than typed in: maxFinite,
 * minNormal, minSubnormal, epsilon and the exp overflow / subnormal /
 * underflow thresholds. Throws a RangeError for an unknown name. Returns the
 * same frozen object on every call.
 *
 * ln maxFinite is Math.log of the exact maxFinite. The logs of powers of two,
 * ln 2^k = k·ln 2, use ln 2 split in two parts (fdlibm's ln2_hi, whose low 21
 * bits are zero so k·ln2_hi is exact, plus ln2_lo): the result is the
 * correctly rounded k·ln 2, where Math.log(2^k) − Math.LN2 can be 1 ulp off,
 * and it works for 2^(emin − p) = minSubnormal / 2, which is 0 in float64.
 *
 * @example
 * floatFormat('bfloat16'); // { name: 'bfloat16', bits: 16, precision: 8, maxExponent: 127, minExponent: -126, maxFinite: 3.3895313892515355e+38, minNormal: 1.1754943508222875e-38, minSubnormal: 9.183549615799121e-41, epsilon: 0.0078125, expOverflow: 88.71892521235186, expMinNormal: -87.3365447505531, expUnderflow: -92.88172219503267 }
 * floatFormat('float32'); // { name: 'float32', bits: 32, precision: 24, maxExponent: 127, minExponent: -126, maxFinite: 3.4028234663852886e+38, minNormal: 1.1754943508222875e-38, minSubnormal: 1.401298464324817e-45, epsilon: 1.1920928955078125e-7, expOverflow: 88.72283905206835, expMinNormal: -87.3365447505531, expUnderflow: -103.97207708399179 }
 * floatFormat('float8'); // throws RangeError
 */
export function floatFormat(name: FloatFormatName): FloatFormat {
  const hit = cache.get(name);
  if (hit) return hit;
  if (!Object.hasOwn(PARAMETERS, name)) {
    throw new RangeError(`unknown floating-point format ${String(name)}`);
  }
  const [bits, p, emax] = PARAMETERS[name];
  const emin = 1 - emax;
  const maxFinite = (2 - 2 ** (1 - p)) * 2 ** emax;
  const minNormal = 2 ** emin;
  const minSubnormal = 2 ** (emin - p + 1);
  const format: FloatFormat = Object.freeze({
    name,
    bits,
    precision: p,
    maxExponent: emax,
    minExponent: emin,
    maxFinite,
    minNormal,
    minSubnormal,
    epsilon: 2 ** (1 - p),
    expOverflow: Math.log(maxFinite),
    expMinNormal: ln2Times(emin),
    expUnderflow: ln2Times(emin - p),
  });
  cache.set(name, format);
  return format;
}
