/** Computations of "multi-label", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, sigmoid } from '~/lib/math';
export const a = 3;
export const b = 2.5;
export const pair = softmax([a, b]);
export const sig = sigmoid(a - b);
export const zq = -1;
export const sq = sigmoid(zq);
export const bceq = Math.log(1 + Math.exp(zq)) - 1 * zq;
export const gradq = sq - 1;
/** The widget after Proposition 2: labels 1 and 2 present with logits a and b, label 3 absent. */
export const labelZ = [a, b, -2];
export const labelY = [true, true, false];
/** Check yourself, "pair-new": a new two-class softmax and a new label logit. */
export const exPair = [1, -0.5];
export const exPairP = softmax(exPair)[0];
export const exT = 2;
export const exBce = Math.log(1 + Math.exp(exT));
export const exGrad = sigmoid(exT);
export const exCurv = sigmoid(exT) * (1 - sigmoid(exT));
