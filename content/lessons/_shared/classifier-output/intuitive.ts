/** Computations of "classifier-output", intuitive level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, argmax, crossEntropy } from '~/lib/math';
export const sure = [-1.2, 0.4, 6.1, 0.8, -0.5, 1.1, -2, 0.3, 2.2, -0.7];
export const pSure = softmax(sure);
export const kSure = argmax(sure);
export const unsure = [0.3, -0.2, 0.1, 0.2, -0.1, 0, 0.9, 0.1, -0.3, 0.2];
export const pUnsure = softmax(unsure);
export const kUnsure = argmax(unsure);
export const lossRight = crossEntropy(sure, kSure);
export const lossWrong = crossEntropy(sure, 8);
