/** Computations of "next-token", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { entropy, mulberry32, sampleGumbelMax, softmax, topP } from '~/lib/math';
import { logits } from './example';

export { logits, prompt, tokens } from './example';

/** The nucleus p = 0.9 at T = 1, its mass, and the entropies before and after the cut. */
export const p = softmax(logits);
export const nucleus = 0.9;
export const pS = topP(p, nucleus);
export const sizeS = pS.filter((v) => v > 0).length;
export const massS = p.reduce((a, v, i) => (pS[i] > 0 ? a + v : a), 0);
export const h = entropy(p);
export const hS = entropy(pS);
/** KL(p_S ‖ p) = −ln p(S). */
export const klS = -Math.log(massS);
export const lnSize = Math.log(sizeS);

/** Gumbel-max, checked: N draws of argmax(z + g) from mulberry32(2026), against softmax(z). */
export const gumbelSeed = 2026;
export const gumbelN = 20000;
const rng = mulberry32(gumbelSeed);
const counts = new Array<number>(logits.length).fill(0);
for (let i = 0; i < gumbelN; i++) counts[sampleGumbelMax(logits, rng)] += 1;
export const gumbelFreq = counts.map((c) => c / gumbelN);
/** Pearson's χ² statistic of the counts against N·p (7 degrees of freedom). */
export const chi2 = counts.reduce((a, c, i) => a + (c - gumbelN * p[i]) ** 2 / (gumbelN * p[i]), 0);
/** The 1 % critical value of χ² with 7 degrees of freedom (a table value). */
export const chi2Critical = 18.475;

/** Exercises ("Check yourself"): new logits, so no answer is printed earlier on the page. */
export const exZ = [2, 1, 0, -1];
export const exNucleus = 0.8;
export const exP = softmax(exZ);
export const exPS = topP(exP, exNucleus);
export const exMass = exP.reduce((a, v, i) => (exPS[i] > 0 ? a + v : a), 0);
export const exH = entropy(exPS);
export const exKl = -Math.log(exMass);
