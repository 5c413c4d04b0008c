/**
 * Computations of "softmax-regression", formal level: over-parameterisation checked on the
 * shipped model, the zero-sum of the weights trained from zero, parameter counts, and the
 * calibration of both shipped models (metrics recorded by npm run train, re-checked here).
 */
import { softmax } from '~/lib/math';
import { checkKey, printed } from '~/components/content/checkKey';
import { buildDigits, buildLogits, buildModel, labMetrics } from '~/islands/shared/labBuild';
import { logitsOf } from '~/lab/network';
import { expectedCalibrationError } from '~/lab/expectedCalibrationError';
import { fitTemperature } from '~/lab/fitTemperature';
import { SOFTMAX_REGRESSION, HIDDEN_84 } from '~/lab/recipes';
import { seededRandom } from '~/islands/shared/random';
import { buildSnapshot } from '~/islands/TrainIt/snapshot';

const test = buildDigits('test');
const validation = buildDigits('validation');
const net = buildModel('linear');

/** Adding the same vector v (and the same c to every bias) to every class leaves every probability unchanged. */
const random = seededRandom(7);
const v = Array.from({ length: 784 }, () => 4 * random() - 2);
const shifted = {
  layers: [
    {
      ...net.layers[0],
      weights: net.layers[0].weights.map((w, i) => w + v[Math.floor(i / 10)]),
      bias: net.layers[0].bias.map((b) => b + 3),
    },
  ],
};
const before = logitsOf(net, test.pixels, test.count);
const after = logitsOf(shifted, test.pixels, test.count);
let maxChange = 0;
let logitShift = 0;
for (let i = 0; i < test.count; i++) {
  const p = softmax(before.subarray(i * 10, i * 10 + 10));
  const q = softmax(after.subarray(i * 10, i * 10 + 10));
  for (let k = 0; k < 10; k++) maxChange = Math.max(maxChange, Math.abs(p[k] - q[k]));
  logitShift = Math.max(logitShift, Math.abs(after[i * 10] - before[i * 10]));
}
/** Largest change of any probability over the 2,000 test digits (rounding only). */
export const overMaxChange = maxChange;
/** Largest shift of a logit caused by the change (large: the logits move, their differences do not). */
export const overLogitShift = logitShift;
export const testCount = test.count;

/** A run from zero weights (the widget's): the class weights of every pixel sum to zero. */
const run = buildSnapshot(0.1, 50, 100);
let maxColumnSum = 0;
let maxWeight = 0;
for (let j = 0; j < 784; j++) {
  let s = 0;
  for (let k = 0; k < 10; k++) {
    s += run.weights[j * 10 + k];
    maxWeight = Math.max(maxWeight, Math.abs(run.weights[j * 10 + k]));
  }
  maxColumnSum = Math.max(maxColumnSum, Math.abs(s));
}
export const zeroSumMax = maxColumnSum;
export const zeroSumWeight = maxWeight;

/** Parameter counts. */
export const paramsLinear = 784 * 10 + 10;
export const paramsHidden = 784 * 84 + 84 + 84 * 10 + 10;
export const redundant = 784 + 1;
/** Weight decay of the shipped recipes. */
export const decayLinear = SOFTMAX_REGRESSION.sgd.weightDecay;
export const decayHidden = HIDDEN_84.sgd.weightDecay;

/** Accuracy and calibration of both shipped models on the test digits. */
const m = labMetrics.models;
export const accLinear = m['softmax-regression'].int8.accuracy;
export const accHidden = m['hidden-84'].int8.accuracy;
export const nllLinear = m['softmax-regression'].int8.crossEntropy;
export const nllHidden = m['hidden-84'].int8.crossEntropy;
const calib = (model: 'linear' | 'hidden84') => {
  const L = buildLogits(model, 'test');
  const T = fitTemperature(buildLogits(model, 'validation'), validation.labels);
  return {
    T,
    before: expectedCalibrationError(L, test.labels),
    after: expectedCalibrationError(L, test.labels, { temperature: T }),
  };
};
const cl = calib('linear');
const ch = calib('hidden84');
export const tLinear = cl.T;
export const tHidden = ch.T;
export const eceLinear = cl.before;
export const eceLinearT = cl.after;
export const eceHidden = ch.before;
export const eceHiddenT = ch.after;
export const bins = 15;

/** Check: how much the hidden-unit model's ECE changes with temperature scaling, from the printed ECEs. */
export const eceChangeKey = checkKey(
  { a: printed(eceHidden, 4), b: printed(eceHiddenT, 4) },
  ({ a, b }) => b - a,
);
/** The zero sum in millionths (printed with two decimals). */
export const zeroSumMicro = zeroSumMax * 1e6;
/** Check: parameters of softmax regression for 26 letters on the same 784 pixels. */
export const letters = 26;
export const paramsLetters = 784 * letters + letters;

/** The reliability diagram of the shipped softmax regression: every test digit's logits and label, the lab's 15 bins. */
const linearTest = buildLogits('linear', 'test');
export const testPreds = Array.from({ length: test.count }, (_, i) => ({
  z: Array.from(linearTest.subarray(i * 10, i * 10 + 10)),
  y: test.labels[i],
}));
export const edges = Array.from({ length: bins + 1 }, (_, i) => i / bins);
export const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1];
