/** Computations of "next-token", intuitive level: imported by the en, pt and ru pages, so each number is written once. */
import { argmax, softmax, topK, topP } from '~/lib/math';
import { logits } from './example';

export { logits, prompt, tokens } from './example';

/** The shares at the usual temperature T = 1. */
export const p = softmax(logits);
/** Greedy decoding: the index of the largest logit. */
export const greedy = argmax(logits);
/** A cold and a warm temperature for the prose. */
export const cold = 0.5;
export const warm = 1.5;
export const pCold = softmax(logits, { temperature: cold });
export const pWarm = softmax(logits, { temperature: warm });
/** Top-k with k = 3 at T = 1: the three likeliest words, renormalised. */
export const k = 3;
export const pTopK = topK(p, k);
export const massTopK = p[0] + p[1] + p[2];
/** Top-p (nucleus) with p = 0.9 at T = 1. */
export const nucleus = 0.9;
export const pTopP = topP(p, nucleus);
const size = (q: readonly number[]) => q.filter((v) => v > 0).length;
export const nucleusSize = size(pTopP);
export const nucleusMass = p.reduce((a, v, i) => (pTopP[i] > 0 ? a + v : a), 0);

/** Exercises ("Check yourself"): the nucleus at the warm temperature, revealed in the solution only. */
export const nucleusSizeWarm = size(topP(pWarm, nucleus));
export const nucleusSizeCold = size(topP(pCold, nucleus));
