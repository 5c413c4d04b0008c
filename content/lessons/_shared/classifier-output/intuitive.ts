/** Computations of "classifier-output", intuitive level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, argmax, crossEntropy } from '~/lib/math';
import { buildDigits, buildLogits, labMetrics } from '~/islands/shared/labBuild';
export const sure = [-1.2, 0.4, 6.1, 0.8, -0.5, 1.1, -2, 0.3, 2.2, -0.7];
export const pSure = softmax(sure);
export const kSure = argmax(sure);
export const unsure = [0.3, -0.2, 0.1, 0.2, -0.1, 0, 0.9, 0.1, -0.3, 0.2];
export const pUnsure = softmax(unsure);
export const kUnsure = argmax(unsure);
export const lossRight = crossEntropy(sure, kSure);
export const lossWrong = crossEntropy(sure, 8);

/**
 * Real digits (issue 14): the digit lab's network with 84 hidden units (LeNet's F6 size),
 * trained by this site, on its 2,000 held-out test digits. Every number is computed at build
 * time from the shipped weights (src/lab/assets); the digits are picked by rule, not by hand.
 */
const labTest = buildDigits('test');
const labLogits = buildLogits('hidden84', 'test');
const labRow = (i: number) => Array.from(labLogits.subarray(i * 10, i * 10 + 10));
const labTop = (i: number) => {
  const p = softmax(labRow(i));
  const k1 = argmax(p);
  const k2 = argmax(p.map((v, k) => (k === k1 ? -Infinity : v)));
  return { i, label: labTest.labels[i], k1, p1: p[k1], k2, p2: p[k2], pTrue: p[labTest.labels[i]] };
};
const labAll = Array.from({ length: labTest.count }, (_, i) => labTop(i));
const labFirst = (ok: (r: (typeof labAll)[number]) => boolean) => {
  const r = labAll.find(ok);
  if (!r) throw new Error('classifier-output: no test digit matches the rule');
  return r;
};
/** A sure right answer, a hesitant right one, a wrong one with the truth as runner-up, the most confident mistake. */
export const realSure = labFirst((r) => r.k1 === r.label && r.p1 > 0.999);
export const realUnsure = labFirst((r) => r.k1 === r.label && r.p1 < 0.6);
export const realNear = labFirst((r) => r.k1 !== r.label && r.k2 === r.label);
export const realWrong = labAll
  .filter((r) => r.k1 !== r.label)
  .reduce((a, r) => (r.p1 > a.p1 ? r : a));
export const realCards = [realSure, realUnsure, realNear, realWrong].map((r) => ({
  pixels: Array.from(labTest.pixels.subarray(r.i * 784, (r.i + 1) * 784)),
  label: r.label,
  logits: labRow(r.i),
}));
export const realTestCount = labTest.count;
export const realTrainCount = labMetrics.split.sizes.train;
export const realAccuracy = labMetrics.models['hidden-84'].int8.accuracy;
export const realMistakes = labAll.filter((r) => r.k1 !== r.label).length;
/** Mistakes made with a top probability above 90 % (an integer count). */
export const realBar = 0.9;
export const realSureMistakes = labAll.filter((r) => r.k1 !== r.label && r.p1 > realBar).length;
/** How often the true digit is one of the two most probable (top-2 accuracy). */
export const realTop2 =
  labAll.filter((r) => r.k1 === r.label || r.k2 === r.label).length / labTest.count;
