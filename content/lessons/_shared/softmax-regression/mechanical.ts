/**
 * Computations of "softmax-regression", mechanical level: the gradient p − y of a real
 * training digit under the shipped model, and short training runs made at build time with the
 * same code as the "Train it yourself" widget (src/islands/TrainIt/session.ts).
 */
import { argmax, crossEntropy, crossEntropyGradient, softmax } from '~/lib/math';
import { checkKey, printed } from '~/components/content/checkKey';
import { buildDigits, buildModel, labMetrics } from '~/islands/shared/labBuild';
import { forward } from '~/lab/network';
import { BROWSER_TRAIN_DIGITS } from '~/lab/splitIndices';
import { SOFTMAX_REGRESSION } from '~/lab/recipes';
import { buildSnapshot } from '~/islands/TrainIt/snapshot';
import { EXAMPLE_DIGIT } from '~/islands/TrainIt/session';

const train = buildDigits('train');
const net = buildModel('linear');

/** The widget's example: training digit 0, its label, ink count, logits, p, p − y, loss. */
export const exampleLabel = train.labels[EXAMPLE_DIGIT];
export const exampleInk = train.pixels
  .subarray(EXAMPLE_DIGIT * 784, (EXAMPLE_DIGIT + 1) * 784)
  .reduce((a, b) => a + b, 0);
export const exampleLogits = Array.from(forward(net, train.pixels, EXAMPLE_DIGIT * 784));
export const exampleP = softmax(exampleLogits);
export const exampleGrad = crossEntropyGradient(exampleLogits, exampleLabel);
export const exampleLoss = crossEntropy(exampleLogits, exampleLabel);
export const examplePred = argmax(exampleP);
export const examplePTrue = exampleP[exampleLabel];
/** Runner-up class of the example and its gradient entry. */
const others = exampleP.map((p, k) => (k === exampleLabel ? -1 : p));
export const exampleRunner = argmax(others);
export const exampleRunnerP = exampleP[exampleRunner];

/** Sizes. */
export const browserDigits = BROWSER_TRAIN_DIGITS;
export const batch = 50;
export const stepsPerEpoch = Math.ceil(browserDigits / batch);
export const parameters = 784 * 10 + 10;

/** Build-time runs of 100 steps (one pass) with three learning rates. */
export const rates = [0.01, 0.1, 5];
const runs = rates.map((eta) => buildSnapshot(eta, batch, stepsPerEpoch));
const lastAccuracy = (r: (typeof runs)[number]) => r.points[r.points.length - 1].accuracy;
const lastLoss = (r: (typeof runs)[number]) => r.points[r.points.length - 1].loss;
export const accSlow = lastAccuracy(runs[0]);
export const accGood = lastAccuracy(runs[1]);
export const accWild = lastAccuracy(runs[2]);
export const lossSlow = lastLoss(runs[0]);
export const lossGood = lastLoss(runs[1]);
export const lossWild = lastLoss(runs[2]);
/** The starting loss: all weights zero, so p is uniform and the loss is ln 10. */
export const startLoss = Math.log(10);

/** The shipped model (20 passes over 7,000 digits, momentum, decay): test accuracy. */
export const shippedAccuracy = labMetrics.models['softmax-regression'].int8.accuracy;
export const shippedEpochs = SOFTMAX_REGRESSION.epochs;
export const shippedTrain = labMetrics.split.sizes.train;

/** Check: the gradient entry of the true class, p_y − 1, from p_y as printed. */
export const gradTrueKey = checkKey({ p: printed(examplePTrue, 3) }, ({ p }) => p - 1);
/** Check: one SGD step on a bias: b − η · g with η = 0.1 and the printed g of the runner-up. */
export const biasBefore = 0.5;
export const eta = 0.1;
export const biasKey = checkKey(
  { g: printed(exampleGrad[exampleRunner], 3) },
  ({ g }) => biasBefore - eta * g,
);
/** Check: steps in one pass with batches of 10. */
export const batchSmall = 8;
export const stepsAtSmall = Math.ceil(browserDigits / batchSmall);
/** The runner-up's entry of p − y (printed in the text and used by the bias check). */
export const exampleRunnerGrad = exampleGrad[exampleRunner];

/** The shipped weights (784 × 10, pixel-major) for the figure of the ten weight pictures. */
export const shippedWeights = Array.from(net.layers[0].weights);

/**
 * The code tabs' toy batch (content/code/softmax-regression/minibatch-step): four "images" of
 * three pixels, three classes, one step of minibatch gradient descent with η = 0.5.
 */
export const toyX = [
  [1, 0, 1],
  [0, 1, 1],
  [1, 1, 0],
  [0, 0, 1],
];
export const toyY = [0, 1, 2, 1];
export const toyW = [
  [0.2, -0.1, 0],
  [0, 0.3, -0.2],
  [0.1, 0, 0.1],
];
export const toyEta = 0.5;
const toyLogits = (W: number[][], b: number[], x: number[]) =>
  b.map((bk, k) => bk + x.reduce((s, xj, j) => s + xj * W[j][k], 0));
const toyLoss = (W: number[][], b: number[]) =>
  toyX.reduce((s, x, i) => s + crossEntropy(toyLogits(W, b, x), toyY[i]), 0) / toyX.length;
const toyB = [0, 0, 0];
const toyG = toyX.map((x, i) => crossEntropyGradient(toyLogits(toyW, toyB, x), toyY[i]));
export const toyGradW = toyW.map((row, j) =>
  row.map((_, k) => toyX.reduce((s, x, i) => s + x[j] * toyG[i][k], 0) / toyX.length),
);
export const toyGradB = toyB.map((_, k) => toyG.reduce((s, g) => s + g[k], 0) / toyX.length);
export const toyLossBefore = toyLoss(toyW, toyB);
export const toyLossAfter = toyLoss(
  toyW.map((row, j) => row.map((w, k) => w - toyEta * toyGradW[j][k])),
  toyB.map((b, k) => b - toyEta * toyGradB[k]),
);
