/** Computations of "temperature", mechanical level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, entropy, softmaxSteps } from '~/lib/math';
export const z = [2, -1, 0.5];
export const s2 = softmaxSteps(z, { temperature: 2 });
export const scaled2 = z.map((v) => v / s2.temperature);
export const rows = [0.1, 0.5, 1, 2, 10].map((t) => {
  const p = softmax(z, { temperature: t });
  return { t, p, h: entropy(p), ratio: p[0] / p[1] };
});
export const hMax = entropy([1 / 3, 1 / 3, 1 / 3]);
