/**
 * Internal core of the stable softmax (shared by softmax, logSoftmax,
 * logSumExp, crossEntropy and softmaxSteps).
 *
 * With k = argmax(logits), max = logits[k] (finite) and temperature T, every
 * entry is shifted first and scaled second, d_i = (x_i − max) / T, so that a
 * tiny T (1e-310) gives d_i = −Infinity (exact one-hot / uniform-over-ties
 * limit) instead of Infinity − Infinity = NaN. d_k = 0 exactly, so e^{d_k} = 1
 * and the function returns the sum of the *other* terms,
 * R = Σ_{i≠k} e^{d_i}; the caller uses S = 1 + R and log S = log1p(R), which
 * keeps log S accurate when S is close to 1 (SciPy's trick).
 *
 * The sum is compensated (Neumaier), which costs little next to `Math.exp`.
 * When `exps` is given, e^{d_i} is stored in `exps[i]` (including exps[k] = 1).
 *
 * @example
 * shiftedExpSum([2, -1, 0.5], 0, 2, 1, null); // e^-3 + e^-1.5 ≈ 0.27291722851629
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
  if (temperature === 1) {
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const e = Math.exp((logits[i] as number) - max);
      if (exps !== null) exps[i] = e;
      const t = sum + e;
      // Neumaier: all terms are in [0, 1], but sum may be smaller than e.
      c += sum >= e ? sum - t + e : e - t + sum;
      sum = t;
    }
  } else {
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const e = Math.exp(((logits[i] as number) - max) / temperature);
      if (exps !== null) exps[i] = e;
      const t = sum + e;
      c += sum >= e ? sum - t + e : e - t + sum;
      sum = t;
    }
  }
  if (exps !== null) exps[k] = 1;
  return sum + c;
}
