/** Computations of "trusting-probabilities", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { argmax, softmax } from '~/lib/math';
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
/** "Beyond one temperature": a vector scaling w ⊙ z + b of the page's logits z that moves the prediction. */
export const vsW = [0.5, 1, 3];
export const vsB = [0, 0, 0];
export const vsScaled = z.map((v, i) => (vsW[i] as number) * v + (vsB[i] as number));
export const vsP = softmax(vsScaled);
export const vsClassBefore = argmax(pA) + 1;
export const vsClassAfter = argmax(vsP) + 1;
/** Parameters of temperature, vector and matrix scaling for n classes: 1, 2n and n² + n. */
const scalingParams = (n: number) => [1, 2 * n, n * n + n];
export const classesDigits = 10;
export const classesMany = 100;
export const paramsDigits = scalingParams(classesDigits);
export const paramsMany = scalingParams(classesMany);
/** Check yourself, "vector-new": new logits and a vector scaling with b = 0. */
export const vnZ = [3, 2, 0];
export const vnW = [0.5, 1, 1];
export const vnTop = softmax(vnZ)[0];
export const vnScaledTop = Math.max(...softmax(vnZ.map((v, i) => (vnW[i] as number) * v)));
/** With w_2 = w_3 = 1 and b = 0, class 1 stays predicted exactly while w_1 z_1 > z_2. */
export const vnThreshold = (vnZ[1] as number) / (vnZ[0] as number);
