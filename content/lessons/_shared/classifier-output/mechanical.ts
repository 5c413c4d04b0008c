/** Computations of "classifier-output", mechanical level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, argmax, crossEntropy, crossEntropyGradient, oneHot } from '~/lib/math';
import { buildDigits, buildLogits, labMetrics } from '~/islands/shared/labBuild';
export const hidden = 84;
export const classes = 10;
export const params = hidden * classes + classes;
export const unsure = [0.3, -0.2, 0.1, 0.2, -0.1, 0, 0.9, 0.1, -0.3, 0.2];
export const pUnsure = softmax(unsure);
export const kUnsure = argmax(unsure);
export const restMean = (1 - pUnsure[kUnsure]) / 9;
export const z = [2, -1, 0.5];
export const p = softmax(z);
export const k = argmax(z);
export const target = 2;
export const y = oneHot(target, 3);
export const loss = crossEntropy(z, target);
export const g = crossEntropyGradient(z, target);
export const eta = 1;
export const z2 = z.map((v, i) => v - eta * g[i]);
export const p2 = softmax(z2);
export const loss2 = crossEntropy(z2, target);
export const k2 = argmax(z2);

/** Exercises ("Check yourself"): new logits and a new correct class, so no answer is printed earlier on the page. */
export const exZ = [0, 2, 1];
export const exTarget = 0;
export const exP = softmax(exZ);
export const exLoss = crossEntropy(exZ, exTarget);
export const exG = crossEntropyGradient(exZ, exTarget);
/** One gradient step with the page's learning rate η. */
export const exZ2 = exZ.map((v, i) => v - eta * exG[i]);
export const exP2 = softmax(exZ2);
export const exLoss2 = crossEntropy(exZ2, exTarget);

/**
 * A real digit (issue 14): the test digit of the lab's 84-unit network whose true class is
 * only the runner-up (the first such digit of the test set), computed at build time from the
 * shipped weights: its ten logits, probabilities, loss and p − y.
 */
const labTest = buildDigits('test');
const labLogits = buildLogits('hidden84', 'test');
const labRow = (i: number) => Array.from(labLogits.subarray(i * 10, i * 10 + 10));
const realIndex = (() => {
  for (let i = 0; i < labTest.count; i++) {
    const p = softmax(labRow(i));
    const k1 = argmax(p);
    const k2 = argmax(p.map((v, k) => (k === k1 ? -Infinity : v)));
    if (k1 !== labTest.labels[i] && k2 === labTest.labels[i]) return i;
  }
  throw new Error('classifier-output: no test digit with the truth as runner-up');
})();
export const realLabel = labTest.labels[realIndex];
export const realZ = labRow(realIndex);
export const realP = softmax(realZ);
export const realK = argmax(realP);
export const realLoss = crossEntropy(realZ, realLabel);
export const realG = crossEntropyGradient(realZ, realLabel);
/** The same loss had the network been right with its top probability. */
export const realLossIfRight = -Math.log(realP[realK]);
export const realAccuracy = labMetrics.models['hidden-84'].int8.accuracy;
export const realTestCount = labTest.count;
