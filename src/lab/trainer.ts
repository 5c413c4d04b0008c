import { crossEntropy } from '../lib/math/crossEntropy';
import { crossEntropyGradient } from '../lib/math/crossEntropyGradient';
import { seededRandom } from '../islands/shared/random';
import { backward, createDeltas, type Deltas } from './backward';
import type { DigitSet } from './digitSet';
import { createActivations, forward, zerosLike, type Activations, type Network } from './network';
import { permutation } from './permutation';

/** Minibatch SGD with (heavy-ball) momentum and L2 weight decay on the weights (not biases). */
export interface SgdOptions {
  learningRate: number;
  /** 0 gives plain SGD. */
  momentum: number;
  batchSize: number;
  weightDecay: number;
}

/** A network being trained, with its optimizer state and its own seeded generator. */
export interface Trainer {
  network: Network;
  options: SgdOptions;
  /** Draws the order of each epoch. */
  random: () => number;
  velocity: Network;
  gradient: Network;
  activations: Activations;
  deltas: Deltas;
  /** Updates made so far. */
  steps: number;
}

/**
 * A trainer for `network` (trained in place). `seed` drives the shuffles, so the same
 * network, options, data and seed give the same weights bit for bit.
 * @example const t = createTrainer(createNetwork([784, 10], seededRandom(1)), { learningRate: 0.1, momentum: 0.9, batchSize: 50, weightDecay: 0 }, 1);
 */
export function createTrainer(network: Network, options: SgdOptions, seed: number): Trainer {
  return {
    network,
    options: { ...options },
    random: seededRandom(seed),
    velocity: zerosLike(network),
    gradient: zerosLike(network),
    activations: createActivations(network),
    deltas: createDeltas(network),
    steps: 0,
  };
}

/**
 * One SGD update on the digits `set` at positions `order[from … to − 1]`: the mean
 * cross-entropy gradient over that minibatch (the library's crossEntropyGradient, p − y, at
 * the logits, then backpropagation), plus weightDecay·W, then v ← μv − η·g and W ← W + v.
 * Returns the summed cross-entropy (nats) of the minibatch before the update.
 * @example trainBatch(trainer, set, order, 0, 50);
 */
export function trainBatch(
  trainer: Trainer,
  set: DigitSet,
  order: ArrayLike<number>,
  from: number,
  to: number,
): number {
  const { network, gradient, velocity, activations, deltas, options } = trainer;
  const inputs = network.layers[0]!.inputs;
  for (const g of gradient.layers) {
    g.weights.fill(0);
    g.bias.fill(0);
  }
  let loss = 0;
  for (let b = from; b < to; b++) {
    const i = order[b]!;
    const label = set.labels[i]!;
    const logits = forward(network, set.pixels, i * inputs, activations);
    loss += crossEntropy(logits, label);
    backward(
      network,
      set.pixels,
      i * inputs,
      activations,
      crossEntropyGradient(logits, label),
      gradient,
      deltas,
    );
  }
  const scale = 1 / (to - from);
  const { learningRate: eta, momentum: mu, weightDecay: lambda } = options;
  for (let l = 0; l < network.layers.length; l++) {
    const layer = network.layers[l]!;
    const g = gradient.layers[l]!;
    const v = velocity.layers[l]!;
    const w = layer.weights;
    for (let i = 0; i < w.length; i++) {
      v.weights[i] = mu * v.weights[i]! - eta * (g.weights[i]! * scale + lambda * w[i]!);
      w[i]! += v.weights[i]!;
    }
    for (let k = 0; k < layer.bias.length; k++) {
      v.bias[k] = mu * v.bias[k]! - eta * g.bias[k]! * scale;
      layer.bias[k]! += v.bias[k]!;
    }
  }
  trainer.steps++;
  return loss;
}

/**
 * One epoch: a fresh seeded shuffle of the whole set, then minibatches of `batchSize` (the
 * last one may be smaller). Returns the mean training cross-entropy seen during the epoch.
 * @example const meanLoss = trainEpoch(trainer, trainingDigits);
 */
export function trainEpoch(trainer: Trainer, set: DigitSet): number {
  const order = permutation(set.count, trainer.random);
  const size = trainer.options.batchSize;
  let loss = 0;
  for (let from = 0; from < set.count; from += size) {
    loss += trainBatch(trainer, set, order, from, Math.min(from + size, set.count));
  }
  return loss / set.count;
}
