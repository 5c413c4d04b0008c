/**
 * The digit lab (issue 14): binarized MNIST digits from the `mnist` package, a seeded split,
 * two models trained by this code on the core library (softmax regression and a 784-84-10
 * tanh network), int8 weights, calibration metrics and temperature scaling. Pure TypeScript
 * (no DOM); widgets fetch the shipped files from the URLs in `LAB_FILES` and decode them here.
 *
 * @example
 * const net = dequantize(decodeNetwork(new Uint8Array(await (await fetch(LAB_FILES.hidden84)).arrayBuffer())));
 * const probabilities = softmax(forward(net, drawnGreyLevels, 0));
 */
export { accuracy } from './accuracy';
export { backward, createDeltas, type Deltas } from './backward';
export { binarize, INK_THRESHOLD } from './binarize';
export { decodeDigits, encodeDigits } from './digitFile';
export { DIGIT_CLASSES, DIGIT_PIXELS, DIGIT_SIDE, subset, type DigitSet } from './digitSet';
export { evaluate, type Evaluation } from './evaluate';
export { expectedCalibrationError } from './expectedCalibrationError';
export { fitTemperature } from './fitTemperature';
export { fnv1a } from './fnv1a';
export { jitter } from './jitter';
export { LAB_FILES } from './labFiles';
export { meanCrossEntropy } from './meanCrossEntropy';
export {
  createActivations,
  createNetwork,
  forward,
  logitsOf,
  zerosLike,
  type Activation,
  type Activations,
  type Layer,
  type Network,
} from './network';
export { decodeNetwork, encodeNetwork } from './networkFile';
export { permutation } from './permutation';
export { dequantize, quantize, type QuantizedLayer, type QuantizedNetwork } from './quantize';
export { HIDDEN_84, RECIPES, SOFTMAX_REGRESSION, type Recipe } from './recipes';
export { CALIBRATION_BINS, reliabilityBins, type ReliabilityBin } from './reliabilityBins';
export {
  BROWSER_TRAIN_DIGITS,
  LAB_SPLIT,
  splitIndices,
  type Split,
  type SplitSizes,
} from './splitIndices';
export { createTrainer, trainBatch, trainEpoch, type SgdOptions, type Trainer } from './trainer';
export { trainModel } from './trainModel';
