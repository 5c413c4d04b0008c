import { seededRandom } from '../islands/shared/random';
import type { DigitSet } from './digitSet';
import { jitter } from './jitter';
import { createNetwork, type Network } from './network';
import type { Recipe } from './recipes';
import { createTrainer, trainEpoch } from './trainer';

/**
 * Trains a fresh network by `recipe` on `train`: initialisation from `initSeed`, then
 * `epochs` epochs of minibatch SGD with momentum under a cosine learning-rate decay, each on a
 * freshly jittered copy of the digits when `recipe.jitter > 0`. `onEpoch` hears the epoch
 * number (from 1) and its mean training cross-entropy, e.g. to print progress or to let a
 * widget draw a curve. Deterministic.
 * @example const net = trainModel(SOFTMAX_REGRESSION, train);
 */
export function trainModel(
  recipe: Recipe,
  train: DigitSet,
  onEpoch?: (epoch: number, loss: number, network: Network) => void,
): Network {
  const network = createNetwork(recipe.sizes, seededRandom(recipe.initSeed));
  const trainer = createTrainer(network, recipe.sgd, recipe.shuffleSeed);
  const jitterRandom = seededRandom(recipe.shuffleSeed ^ 0x9e3779b9);
  for (let e = 0; e < recipe.epochs; e++) {
    trainer.options.learningRate =
      recipe.sgd.learningRate * 0.5 * (1 + Math.cos((Math.PI * e) / recipe.epochs));
    const data = recipe.jitter > 0 ? jitter(train, jitterRandom, recipe.jitter) : train;
    const loss = trainEpoch(trainer, data);
    onEpoch?.(e + 1, loss, network);
  }
  return network;
}
