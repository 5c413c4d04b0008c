/** Computations of "classifier-output", mechanical level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, argmax, crossEntropy, crossEntropyGradient, oneHot } from '~/lib/math';
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
