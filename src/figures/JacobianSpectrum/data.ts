import { softmax, softmaxJacobian } from '../../lib/math';

export interface JacobianSpectrumData {
  /** softmax(z). */
  readonly p: readonly number[];
  /** J = diag(p) − ppᵀ, from the library. */
  readonly J: readonly (readonly number[])[];
  /** The eigenvalues of J in increasing order; the first is 0 (eigenvector 1). */
  readonly eigenvalues: readonly number[];
  /** Number of non-zero eigenvalues: n − 1 whenever every p_i > 0. */
  readonly rank: number;
  /** tr J = Σ p_i(1 − p_i), equal to the sum of the eigenvalues. */
  readonly trace: number;
  /** The probabilities in increasing order: the non-zero eigenvalues interlace with them. */
  readonly sortedP: readonly number[];
}

/**
 * Root of the secular function 1 − Σ_j p_j² / (p_j − λ) between two consecutive distinct
 * probabilities a < b: it decreases from +∞ to −∞ there, so bisection finds the single root.
 */
function secularRoot(p: readonly number[], a: number, b: number): number {
  let lo = a;
  let hi = b;
  for (let i = 0; i < 200 && hi - lo > 1e-17; i++) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    const g = 1 - p.reduce((s, q) => s + (q * q) / (q - mid), 0);
    if (g > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The spectrum of the softmax Jacobian J = diag(p) − ppᵀ. J is a rank-one downdate of
 * diag(p), so its eigenvalues are 0 (for the direction 1) and one root of the secular
 * equation between each pair of consecutive distinct probabilities (a tied probability is
 * itself an eigenvalue, once less than it is repeated).
 *
 * @example jacobianSpectrumData([0, 0]).eigenvalues // [0, 0.5]
 */
export function jacobianSpectrumData(logits: readonly number[]): JacobianSpectrumData {
  if (logits.length < 2) throw new RangeError('jacobianSpectrumData needs at least two logits');
  const p = softmax(logits);
  if (p.some((q) => !(q > 0)))
    throw new RangeError('jacobianSpectrumData needs every probability above 0');
  const J = softmaxJacobian(p);
  const sortedP = [...p].sort((a, b) => a - b);
  const distinct: { value: number; count: number }[] = [];
  for (const q of sortedP) {
    const last = distinct.at(-1);
    if (last && last.value === q) last.count++;
    else distinct.push({ value: q, count: 1 });
  }
  const eigenvalues = [0];
  distinct.forEach(({ value, count }, i) => {
    for (let c = 1; c < count; c++) eigenvalues.push(value);
    const next = distinct[i + 1];
    if (next) eigenvalues.push(secularRoot(p, value, next.value));
  });
  eigenvalues.sort((a, b) => a - b);
  const trace = p.reduce((s, q) => s + q * (1 - q), 0);
  return {
    p,
    J,
    eigenvalues,
    rank: eigenvalues.filter((v) => v > 1e-12).length,
    trace,
    sortedP,
  };
}
