/** Computations of "temperature", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, entropy, logSumExp } from '~/lib/math';
export const z = [2, -1, 0.5];
export const t1 = 1;
export const p1 = softmax(z, { temperature: t1 });
export const mean1 = p1.reduce((a, pi, i) => a + pi * z[i], 0);
export const var1 = p1.reduce((a, pi, i) => a + pi * (z[i] - mean1) ** 2, 0);
export const dHdT1 = var1 / t1 ** 3;
export const eps = 0.0001;
export const fd1 =
  (entropy(softmax(z, { temperature: t1 + eps })) -
    entropy(softmax(z, { temperature: t1 - eps }))) /
  (2 * eps);
export const t2 = 2;
export const p2 = softmax(z, { temperature: t2 });
export const mean2 = p2.reduce((a, pi, i) => a + pi * z[i], 0);
export const var2 = p2.reduce((a, pi, i) => a + pi * (z[i] - mean2) ** 2, 0);
export const dHdT2 = var2 / t2 ** 3;
export const free2 = -t2 * logSumExp(z, { temperature: t2 });
export const h2 = entropy(p2);
export const hMax = Math.log(3);

/** Exercises ("Check yourself"): new logits, so no answer is printed earlier on the page. */
export const exZ = [1, 0, -1];
export const exP = softmax(exZ);
export const exMean = exP.reduce((a, pi, i) => a + pi * exZ[i], 0);
export const exVar = exP.reduce((a, pi, i) => a + pi * (exZ[i] - exMean) ** 2, 0);
/** dH/dT at T = 1 is Var_p(z) / T³ = Var_p(z). */
export const exDHdT = exVar;
/** The gap LSE(z) − (E_u[z] + H(u)) for the uniform q = u, which equals KL(u ‖ softmax(z)). */
export const exGapUniform =
  logSumExp(exZ) - (exZ.reduce((a, v) => a + v, 0) / exZ.length + Math.log(exZ.length));

/** Figure "SimplexPath": temperatures marked on the path through the simplex (t1 and t2 among them). */
export const pathTs = [0.25, t1, t2, 10];
/** The widget starts near the limit T → 0. */
export const tCold = 0.1;
