/** Computations of "trusting-probabilities", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax } from '~/lib/math';
export const z = [2, -1, 0.5];
export const z3 = z.map((v) => 3 * v);
export const pA = softmax(z);
export const pB = softmax(z3);
export const topT2 = softmax(z, { temperature: 2 })[0];
export const uniform = softmax([0, 0, 0])[0];
/** Check yourself, "scale-new": new logits and a factor α. */
export const exZ = [1, 0, -1];
export const exAlpha = 2;
export const exTop = softmax(exZ)[0];
export const exTopScaled = softmax(exZ.map((v) => exAlpha * v))[0];
/** d/dα of log σ(αz)_1 at α = 1: z_1 − Σ σ_i z_i. */
export const exSlope = exZ[0] - softmax(exZ).reduce((a, p, i) => a + p * exZ[i], 0);
