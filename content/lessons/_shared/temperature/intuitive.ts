/** Computations of "temperature", intuitive level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, entropy } from '~/lib/math';
export const z = [2, -1, 0.5];
export const cold = 0.5;
export const hot = 2;
export const veryHot = 10;
export const p = softmax(z);
export const pCold = softmax(z, { temperature: cold });
export const pHot = softmax(z, { temperature: hot });
export const pVeryHot = softmax(z, { temperature: veryHot });
export const hCold = entropy(pCold);
export const h1 = entropy(p);
export const hHot = entropy(pHot);
