/** Computations of "classifier-output", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, logSumExp, crossEntropy, crossEntropyGradient } from '~/lib/math';
export const z = [2, -1, 0.5];
export const c = 2;
export const p = softmax(z);
export const loss = crossEntropy(z, c);
export const lseForm = logSumExp(z) - z[c];
export const g = crossEntropyGradient(z, c);
export const ySoft = [0.5, 0, 0.5];
export const lossSoft = crossEntropy(z, ySoft);
export const gSoft = crossEntropyGradient(z, ySoft);
export const gap = z[c] - Math.max(z[0], z[1]);
export const lower = Math.log(1 + Math.exp(-gap));
export const upper = Math.log(1 + 2 * Math.exp(-gap));

/** Exercises ("Check yourself"): distillation at a temperature, with new teacher and student logits. */
export const exTeacher = [2, 0, -2];
export const exStudent = [1, 0, -1];
export const exT = 4;
export const exQ = softmax(exTeacher, { temperature: exT });
export const exPs = softmax(exStudent, { temperature: exT });
/** T² · ∂L_T/∂s = T (p − q), the distillation gradient after the T² factor. */
export const exScaledGrad = exPs.map((pi, i) => exT * (pi - exQ[i]));
/** Its high-temperature limit (s − t)/n, valid because both logit vectors have mean zero. */
export const exLimit = exStudent.map((si, i) => (si - exTeacher[i]) / exStudent.length);
