import { accuracy } from './accuracy';
import type { DigitSet } from './digitSet';
import { expectedCalibrationError } from './expectedCalibrationError';
import { meanCrossEntropy } from './meanCrossEntropy';
import { logitsOf, type Network } from './network';

/** A model's scores on a set of digits. */
export interface Evaluation {
  accuracy: number;
  /** Mean cross-entropy (nats per digit). */
  crossEntropy: number;
  /** Expected calibration error with 15 equal-width bins. */
  ece: number;
}

/**
 * Accuracy, mean cross-entropy and 15-bin ECE of `network` on `set`, with the logits divided
 * by `temperature` (1: the model as trained; accuracy does not depend on it).
 * @example evaluate(net, test).accuracy; // e.g. 0.966
 */
export function evaluate(network: Network, set: DigitSet, temperature = 1): Evaluation {
  const logits = logitsOf(network, set.pixels, set.count);
  const classes = network.layers[network.layers.length - 1]!.outputs;
  return {
    accuracy: accuracy(logits, set.labels, classes),
    crossEntropy: meanCrossEntropy(logits, set.labels, classes, temperature),
    ece: expectedCalibrationError(logits, set.labels, { classes, temperature }),
  };
}
