/**
 * Computations of "softmax-regression", intuitive level: every number comes from the digit
 * lab's shipped model (src/lab/assets) evaluated at build time; imported by the en, pt and ru pages.
 */
import { argmax, softmax } from '~/lib/math';
import { checkKey, printed } from '~/components/content/checkKey';
import {
  buildDigits,
  buildLogits,
  buildModel,
  firstOfEachClass,
  labMetrics,
} from '~/islands/shared/labBuild';

const test = buildDigits('test');
const logits = buildLogits('linear', 'test');
const hiddenLogits = buildLogits('hidden84', 'test');
const row = (L: Float64Array, i: number) => Array.from(L.subarray(i * 10, i * 10 + 10));

/** Sizes of the lab's sets (integers, printed as they are). */
export const trainCount = labMetrics.split.sizes.train;
export const testCount = test.count;

/** Test accuracy of the shipped softmax regression and of the 84-unit network (recorded by npm run train, re-checked by a unit test). */
export const accuracyLinear = labMetrics.models['softmax-regression'].int8.accuracy;
export const accuracyHidden = labMetrics.models['hidden-84'].int8.accuracy;
/** How many of the test digits each model gets wrong. */
export const wrongLinear = Math.round((1 - accuracyLinear) * testCount);
export const wrongHidden = Math.round((1 - accuracyHidden) * testCount);

/** The widget's row: the first test digit of each class, then the most confidently wrong one. */
const rowExamples = firstOfEachClass(test);

/** Confidently wrong: the test digit whose wrong prediction has the highest probability. */
let worst = -1;
let worstP = -1;
let confidentWrong = 0;
for (let i = 0; i < test.count; i++) {
  const p = softmax(row(logits, i));
  const k = argmax(p);
  if (k !== test.labels[i]) {
    if (p[k] > 0.9) confidentWrong++;
    if (p[k] > worstP) {
      worstP = p[k];
      worst = i;
    }
  }
}
export const examples = [...rowExamples, worst];
/** Mistakes made with more than 90 % confidence (an integer count). */
export const confidentWrongCount = confidentWrong;
export const confidenceBar = 0.9;

/** The first example of the row (a handwritten 0): its logits and probabilities. */
export const firstLabel = test.labels[rowExamples[0]];
export const firstLogits = row(logits, rowExamples[0]);
export const firstP = softmax(firstLogits);
export const firstK = argmax(firstP);
/** Runner-up: the second largest probability and its digit. */
const order = firstP.map((p, d) => [p, d] as const).sort((a, b) => b[0] - a[0]);
export const secondDigit = order[1][1];
export const secondP = order[1][0];
export const firstTop = firstP[firstK];
/** Largest and smallest logit of that example. */
export const firstMaxLogit = Math.max(...firstLogits);
export const firstMinLogit = Math.min(...firstLogits);

/** The confidently wrong digit: true label, prediction, and the probabilities involved. */
export const wrongPosition = examples.length; // 1-based position of its button in the row
export const wrongLabel = test.labels[worst];
const wrongP = softmax(row(logits, worst));
export const wrongPredicted = argmax(wrongP);
export const wrongTop = wrongP[wrongPredicted];
export const wrongTrue = wrongP[wrongLabel];
/** The same digit through the 84-unit network. */
const wrongHiddenP = softmax(row(hiddenLogits, worst));
export const wrongHiddenPredicted = argmax(wrongHiddenP);
export const wrongHiddenTop = wrongHiddenP[wrongHiddenPredicted];

/** Check: what the other nine digits share for the first example, 1 − p (as printed). */
export const restKey = checkKey({ top: printed(firstTop, 3) }, ({ top }) => 1 - top);
/** Check: how many test digits the model classifies correctly. */
export const rightLinear = testCount - wrongLinear;

/** The shipped softmax regression's weights (784 × 10, pixel-major), for the figure of the ten pictures. */
export const weights = Array.from(buildModel('linear').layers[0].weights);
/** The digit whose picture the text describes, and its strongest positive and negative pixel weights. */
export const shownDigit = 0;
const column = (k: number) => weights.filter((_, i) => i % 10 === k);
export const shownMax = Math.max(...column(shownDigit));
export const shownMin = Math.min(...column(shownDigit));
