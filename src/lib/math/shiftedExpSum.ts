/** Block length of the two-level summation (plain inside a block, compensated across blocks). */
const BLOCK = 1024;

// Four copies of one loop (store or not; T = 1 or not) keep the hot loops free of
// per-element branches; division by T = 1 would be exact but still costs time.
function blockSumInto(
  x: ArrayLike<number>,
  from: number,
  to: number,
  max: number,
  t: number,
  out: number[],
): number {
  let p = 0;
  for (let i = from; i < to; i++) {
    const e = Math.exp(((x[i] as number) - max) / t);
    out[i] = e;
    p += e;
  }
  return p;
}

function blockSumInto1(
  x: ArrayLike<number>,
  from: number,
  to: number,
  max: number,
  out: number[],
): number {
  let p = 0;
  for (let i = from; i < to; i++) {
    const e = Math.exp((x[i] as number) - max);
    out[i] = e;
    p += e;
  }
  return p;
}

function blockSum(x: ArrayLike<number>, from: number, to: number, max: number, t: number): number {
  let p = 0;
  for (let i = from; i < to; i++) p += Math.exp(((x[i] as number) - max) / t);
  return p;
}

function blockSum1(x: ArrayLike<number>, from: number, to: number, max: number): number {
  let p = 0;
  for (let i = from; i < to; i++) p += Math.exp((x[i] as number) - max);
  return p;
}

/**
 * Internal core of the stable softmax (shared by softmax, logSoftmax,
 * logSumExp, crossEntropy and softmaxSteps).
 *
 * With k = argmax(logits), max = logits[k] (finite) and temperature T, every
 * entry is shifted first and scaled second, d_i = (x_i − max) / T, so that a
 * tiny T (1e-310) gives d_i = −Infinity (exact one-hot / uniform-over-ties
 * limit) instead of Infinity − Infinity = NaN. d_k = 0 exactly, so e^{d_k} = 1 and the
 * function returns the sum of the *other* terms, R = Σ_{i≠k} e^{d_i}; callers
 * use S = 1 + R and log S = log1p(R), which keeps log S accurate when S is
 * close to 1 (SciPy's trick): logSoftmax of the max entry of [0, -50] is
 * −1.9e-22, not 0.
 *
 * Summation is two-level: a plain sum inside blocks of 1024 terms and a
 * compensated (Neumaier) sum of the block sums, so the rounding error grows
 * like 1024·u instead of n·u, at the speed of a plain loop (a per-term
 * compensated sum cost ~20 % at n = 1e6).
 *
 * When `exps` is given, e^{d_i} is stored in `exps[i]` (with exps[k] = 1).
 *
 * @example
 * shiftedExpSum([2, -1, 0.5], 0, 2, 1, null); // 0.27291722851629374 (= e^-3 + e^-1.5)
 */
export function shiftedExpSum(
  logits: ArrayLike<number>,
  k: number,
  max: number,
  temperature: number,
  exps: number[] | null,
): number {
  const n = logits.length;
  let sum = 0;
  let c = 0;
  // Two ranges, [0, k) and (k, n): the maximum itself contributes exactly 1.
  for (let r = 0; r < 2; r++) {
    const lo = r === 0 ? 0 : k + 1;
    const hi = r === 0 ? k : n;
    for (let b = lo; b < hi; b += BLOCK) {
      const end = b + BLOCK < hi ? b + BLOCK : hi;
      const p =
        exps === null
          ? temperature === 1
            ? blockSum1(logits, b, end, max)
            : blockSum(logits, b, end, max, temperature)
          : temperature === 1
            ? blockSumInto1(logits, b, end, max, exps)
            : blockSumInto(logits, b, end, max, temperature, exps);
      const t = sum + p;
      c += Math.abs(sum) >= Math.abs(p) ? sum - t + p : p - t + sum;
      sum = t;
    }
  }
  if (exps !== null) exps[k] = 1;
  return sum + c;
}
