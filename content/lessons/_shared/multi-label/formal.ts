/** Computations of "multi-label", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { crossEntropy, sigmoid, softmax } from '~/lib/math';
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
/**
 * "Label smoothing and normalised targets" (Szegedy et al. 2016, §7). smoothed(present, ε) is the
 * target (1 − ε)·y/m + ε/K for the K labels flagged in `present`, m of them true (m = 1: ordinary
 * label smoothing of a one-hot target); optimum(q) = log q are logits that minimise the cross-entropy
 * against q (Proposition 5), so the gap between two labels at the optimum is log(q_i / q_j).
 */
const smoothed = (present: readonly boolean[], eps: number): number[] => {
  const m = present.filter(Boolean).length;
  return present.map((on) => (on ? (1 - eps) / m : 0) + eps / present.length);
};
const optimum = (q: readonly number[]): number[] => q.map(Math.log);
const firstOf = (k: number, m: number): boolean[] => Array.from({ length: k }, (_, i) => i < m);
export const lsEps = 0.1;
export const lsK = 10;
/** One true class among lsK: the target of the true class (0.91) and of each other class (0.01). */
const lsQ = smoothed(firstOf(lsK, 1), lsEps);
export const lsHi = lsQ[0];
export const lsLo = lsQ[1];
export const lsRatio = lsHi / lsLo;
const lsZ = optimum(lsQ);
export const lsGap = lsZ[0] - lsZ[1];
/** The loss at the optimum: the cross-entropy against q of softmax(log q) = q, i.e. H(q) > 0. */
export const lsFloor = crossEntropy(lsZ, lsQ);
/** The paper's own setting: ImageNet's 1000 classes, the same ε. */
export const lsKImageNet = 1000;
const lsQImageNet = smoothed(firstOf(lsKImageNet, 1), lsEps);
export const lsRatioImageNet = lsQImageNet[0] / lsQImageNet[1];
export const lsGapImageNet = Math.log(lsRatioImageNet);
/** A sigmoid smoothed as a two-class target: 1 − ε/2; the optimal logit is log((1 − ε/2)/(ε/2)). */
const lsBinQ = smoothed(firstOf(2, 1), lsEps);
export const lsBinRatio = lsBinQ[0] / lsBinQ[1];
export const lsBinT = Math.log(lsBinRatio);
/** The normalised target y/m on the widget's logits labelZ (labels 1 and 2 present) and its infimum log m. */
const normCount = labelY.filter(Boolean).length;
const normQ = labelY.map((on) => (on ? 1 / normCount : 0));
/** Equals LSE(z) − (a + b)/2, the form written on the page. */
export const normLoss = crossEntropy(labelZ, normQ);
export const normFloor = Math.log(normCount);
/** Smoothed normalised target, two present labels among lsK: (1 − ε)/2 + ε/K against ε/K. */
const normSmoothQ = smoothed(firstOf(lsK, 2), lsEps);
export const normSmoothRatio = normSmoothQ[0] / normSmoothQ[lsK - 1];
export const normSmoothGap = Math.log(normSmoothRatio);
/** Check yourself, "smooth-normalised": m = 2 present labels among K = 5, ε = 0.2 (new numbers). */
export const exEps = 0.2;
const exQ = smoothed(firstOf(5, 2), exEps);
export const exQHi = exQ[0];
export const exQLo = exQ[4];
export const exRatio = exQHi / exQLo;
export const exGap = optimum(exQ)[0] - optimum(exQ)[4];
export const exFloor = crossEntropy(optimum(exQ), exQ);
/** Check yourself, "pair-new": a new two-class softmax and a new label logit. */
export const exPair = [1, -0.5];
export const exPairP = softmax(exPair)[0];
export const exT = 2;
export const exBce = Math.log(1 + Math.exp(exT));
export const exGrad = sigmoid(exT);
export const exCurv = sigmoid(exT) * (1 - sigmoid(exT));
