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
