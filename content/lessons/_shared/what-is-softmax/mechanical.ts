/** Computations of "what-is-softmax", mechanical level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, softmaxSteps } from '~/lib/math';
export const z = [2, -1, 0.5];
export const s = softmaxSteps(z);
export const p = s.probabilities;
export const total = p[0] + p[1] + p[2];
export const raw = z.map((x) => Math.exp(x));
export const rawSum = raw[0] + raw[1] + raw[2];
export const q = softmax([1, 2, 3]);
