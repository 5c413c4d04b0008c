/** Computations of "next-token", mechanical level: imported by the en, pt and ru pages, so each number is written once. */
import { minP, mulberry32, sampleCategorical, softmax, topK, topP } from '~/lib/math';
import type { Lang } from '~/i18n/locales';
import { logits, tokens } from './example';

export { logits, prompt, tokens } from './example';

const kept = (q: readonly number[]) => q.filter((v) => v > 0).length;
const massOf = (p: readonly number[], q: readonly number[]) =>
  p.reduce((a, v, i) => (q[i] > 0 ? a + v : a), 0);
const cumulative = (q: readonly number[]) => {
  let c = 0;
  return q.map((v) => (c += v));
};

/** Step 1: the softmax at T = 1 and at the working temperature T = 0.8. */
export const p = softmax(logits);
export const t = 0.8;
export const scaled = logits.map((v) => v / t);
export const pT = softmax(logits, { temperature: t });

/** Top-k at T = 1, k = 3: the kept mass and the renormalised shares. */
export const k = 3;
export const pK = topK(p, k);
export const massK = massOf(p, pK);

/** Top-p at T = 1, p = 0.9: running sums of the ranked shares, the nucleus and its shares. */
export const nucleus = 0.9;
export const cum = cumulative(p);
export const pP = topP(p, nucleus);
export const sizeP = kept(pP);
export const massP = massOf(p, pP);

/** Min-p with pMin = 0.2, at T = 1 and at T = 2 (a flatter distribution keeps more words). */
export const pMin = 0.2;
export const cutMin = pMin * p[0];
export const pM = minP(p, pMin);
export const sizeM = kept(pM);
export const hotT = 2;
export const pHot = softmax(logits, { temperature: hotT });
export const cutMinHot = pMin * pHot[0];
export const sizeMHot = kept(minP(pHot, pMin));

/** The whole pipeline, as the code tabs run it: T = 0.8, then top-k with k = 5, then top-p 0.9. */
export const pipeK = 5;
export const pipeAfterK = topK(pT, pipeK);
export const pipeCumK = cumulative(pipeAfterK);
export const pipeAfterP = topP(pipeAfterK, nucleus);
export const pipeMassP = massOf(pipeAfterK, pipeAfterP);
export const pipeCum = cumulative(pipeAfterP);
export const pipeSize = kept(pipeAfterP);
/** One seeded draw: the first uniform number of mulberry32(42), then inversion. */
export const seed = 42;
export const u = mulberry32(seed)();
export const draw = sampleCategorical(pipeAfterP, mulberry32(seed));
/** Ten draws from one generator seeded with 42, as words in each language. */
const rng = mulberry32(seed);
export const draws = Array.from({ length: 10 }, () => sampleCategorical(pipeAfterP, rng));
export const drawWords: Record<Lang, string> = {
  en: draws.map((i) => tokens.en[i]).join(', '),
  pt: draws.map((i) => tokens.pt[i]).join(', '),
  ru: draws.map((i) => tokens.ru[i]).join(', '),
};
export const drawWord: Record<Lang, string> = {
  en: tokens.en[draw],
  pt: tokens.pt[draw],
  ru: tokens.ru[draw],
};

/** Exercises ("Check yourself"): new logits, so no answer is printed earlier on the page. */
export const exZ = [3, 2, 1, 0];
export const exT = 2;
export const exP = softmax(exZ, { temperature: exT });
export const exNucleus = 0.8;
export const exPP = topP(exP, exNucleus);
export const exMass = massOf(exP, exPP);
/** The first token's share after the nucleus cut, renormalised. */
export const exShare = exPP[0];
export const exMinP = 0.3;
export const exCut = exMinP * exP[0];
/** The smallest pMin that drops the third token: p₃ / p₁ = e^{(z₃ − z₁)/T}. */
export const exDropThird = exP[2] / exP[0];
