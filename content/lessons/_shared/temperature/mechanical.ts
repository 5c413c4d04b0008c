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

/** Exercises ("Check yourself"): new logits, so no answer is printed earlier on the page. */
export const exZ = [3, 0, -1];
export const exT = 3;
export const exP = softmax(exZ, { temperature: exT });
export const exH = entropy(exP);
export const exRatio13 = exP[0] / exP[2];
/** The temperature at which p₁ is exactly twice p₂ for exZ: (z₁ − z₂) / ln 2. */
export const exTwice = (exZ[0] - exZ[1]) / Math.log(2);
