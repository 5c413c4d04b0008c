/** Computations of "trusting-probabilities", intuitive level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, crossEntropy } from '~/lib/math';
export const z = [2, -1, 0.5];
export const z3 = z.map((v) => 3 * v);
export const pA = softmax(z);
export const pB = softmax(z3);
export const lossRightA = crossEntropy(z, 0);
export const lossRightB = crossEntropy(z3, 0);
export const lossWrongA = crossEntropy(z, 2);
export const lossWrongB = crossEntropy(z3, 2);
export const pSoft = softmax(z3, { temperature: 3 });
/** Check yourself: model C, with half of model A's logits. */
export const zHalf = z.map((v) => v / 2);
export const pHalf = softmax(zHalf);

export {
  labLinear,
  labHidden,
  tripleFactor,
  labTripled,
  labTestCount,
  labValidationCount,
  labBins,
} from './lab';
