import type { SgdOptions } from './trainer';

/**
 * How one lab model is trained; `trainModel` follows it exactly, so a recipe plus the training
 * digits determines the weights bit for bit.
 */
export interface Recipe {
  /** File stem of the shipped weights (`src/lab/assets/<name>.bin`). */
  name: string;
  /** Layer sizes; hidden layers are tanh. */
  sizes: readonly number[];
  /** Seed of the weight initialisation (mulberry32; see createNetwork). */
  initSeed: number;
  /** Seed of the per-epoch shuffles and of the jitter (mulberry32, separate generators). */
  shuffleSeed: number;
  epochs: number;
  /** `learningRate` is the peak: epoch e uses η·½(1 + cos(πe/epochs)) (cosine decay). */
  sgd: SgdOptions;
  /** Largest translation (pixels) of the per-epoch jitter; 0 trains on the digits as they are. */
  jitter: number;
  /**
   * Largest int8 value of the shipped weights (per-row scale = max |w| / levels): 127 uses
   * the whole int8 range; 31 is a 6-bit grid in int8 storage, which gzips to about 3/4.
   */
  levels: number;
}

/**
 * (a) Softmax regression 784 → 10 (starts from zero weights, like every first layer). Stronger weight
 * decay because 7,850 parameters see only 7,000 digits (without it the validation
 * cross-entropy rises after a few epochs while the training loss keeps falling).
 */
export const SOFTMAX_REGRESSION: Recipe = {
  name: 'softmax-regression',
  sizes: [784, 10],
  initSeed: 1,
  shuffleSeed: 2,
  epochs: 20,
  sgd: { learningRate: 0.05, momentum: 0.9, batchSize: 50, weightDecay: 1e-3 },
  jitter: 0,
  levels: 127,
};

/**
 * (b) 784 → 84 → 10 with tanh, the size of LeNet-5's F6 layer (which used a scaled tanh too).
 * tanh rather than ReLU: it is smooth (finite-difference gradient checks have no kinks to
 * trip on), its outputs are bounded in (−1, 1), so the int8 output layer sees inputs of a
 * known range, and on these binarized digits it trains as well as ReLU. One-pixel jitter
 * raises test accuracy from about 94 % to about 97 %. Its 65,856 first-layer weights at the
 * full int8 range gzip to 51 KB; on a ±31 grid they take 36 KB and lose no accuracy.
 */
export const HIDDEN_84: Recipe = {
  name: 'hidden-84',
  sizes: [784, 84, 10],
  initSeed: 3,
  shuffleSeed: 4,
  epochs: 40,
  sgd: { learningRate: 0.05, momentum: 0.9, batchSize: 50, weightDecay: 1e-4 },
  jitter: 1,
  levels: 31,
};

/** Both lab models, in the order reports list them. */
export const RECIPES: readonly Recipe[] = [SOFTMAX_REGRESSION, HIDDEN_84];
