/**
 * One "train it yourself" run, pure and deterministic: softmax regression 784 → 10 from zero
 * weights, plain minibatch SGD (no momentum, no weight decay: the lesson's update
 * W ← W − η · mean(x (p − y)ᵀ)) on the lab's 5,000 browser training digits, each epoch in a
 * fresh seeded order, with the mean training loss per report and the accuracy on the 1,000
 * validation digits. The Web Worker (train.worker.ts) runs it in the browser; the wrapper runs
 * the same code at build time for the no-JavaScript picture, so both show the same numbers.
 */
import { accuracy } from '../../lab/accuracy';
import type { DigitSet } from '../../lab/digitSet';
import { meanCrossEntropy } from '../../lab/meanCrossEntropy';
import { createNetwork, forward, logitsOf } from '../../lab/network';
import { permutation } from '../../lab/permutation';
import { createTrainer, trainBatch, type Trainer } from '../../lab/trainer';
import { seededRandom } from '~/islands/shared/random';
import { softmax } from '../../lib/math/softmax';

/** What the reader can set. */
export interface SessionOptions {
  learningRate: number;
  batchSize: number;
}

/** One point of the curves. */
export interface CurvePoint {
  step: number;
  /** Mean training cross-entropy of the minibatches since the previous point. */
  loss: number;
  /** Accuracy on the validation digits after this step (NaN when not measured). */
  accuracy: number;
}

/** What a report tells the page. */
export interface Report {
  step: number;
  /** Digits seen so far / training digits. */
  epochs: number;
  point: CurvePoint;
  /** The 7,840 weights (input-major: weight j → k at j·10 + k), as float32. */
  weights: Float32Array;
  /** One fixed training digit: its softmax probabilities now (the gradient is p − y). */
  exampleP: number[];
}

export const SEED = 13;
/** Position (in the training set) of the digit whose gradient the widget shows. */
export const EXAMPLE_DIGIT = 0;

export interface Session {
  readonly trainer: Trainer;
  setOptions(options: SessionOptions): void;
  /** Runs `steps` minibatch updates; returns the mean minibatch loss over them. */
  run(steps: number): number;
  /** Measures and packages the current state. */
  report(loss: number): Report;
}

export function createSession(
  train: DigitSet,
  validation: DigitSet,
  options: SessionOptions,
): Session {
  const network = createNetwork([784, 10], seededRandom(1));
  const trainer = createTrainer(
    network,
    {
      learningRate: options.learningRate,
      momentum: 0,
      batchSize: options.batchSize,
      weightDecay: 0,
    },
    SEED,
  );
  let order = permutation(train.count, trainer.random);
  let at = 0;
  let seen = 0;
  return {
    trainer,
    setOptions(o) {
      trainer.options.learningRate = o.learningRate;
      trainer.options.batchSize = o.batchSize;
    },
    run(steps) {
      let loss = 0;
      let count = 0;
      for (let s = 0; s < steps; s++) {
        if (at >= train.count) {
          order = permutation(train.count, trainer.random);
          at = 0;
        }
        const to = Math.min(train.count, at + trainer.options.batchSize);
        loss += trainBatch(trainer, train, order, at, to);
        count += to - at;
        seen += to - at;
        at = to;
      }
      return count ? loss / count : NaN;
    },
    report(loss) {
      const logits = logitsOf(network, validation.pixels, validation.count);
      const layer = network.layers[0]!;
      return {
        step: trainer.steps,
        epochs: seen / train.count,
        point: { step: trainer.steps, loss, accuracy: accuracy(logits, validation.labels) },
        weights: Float32Array.from(layer.weights),
        exampleP: softmax(forward(network, train.pixels, EXAMPLE_DIGIT * 784)),
      };
    },
  };
}

/** Validation loss of a session's network (for tests and the build-time run). */
export function validationLoss(session: Session, validation: DigitSet): number {
  return meanCrossEntropy(
    logitsOf(session.trainer.network, validation.pixels, validation.count),
    validation.labels,
  );
}

/**
 * RGBA pixels (28 × 28) of class k's weights: ink of colour `pos` for positive weights and
 * `neg` for negative ones, opacity |w| / scale (paper shows through at 0), so a picture looks
 * the same on a light or a dark page.
 * @example weightPixels(weights, 3, 0.5, [31, 85, 199], [194, 65, 12]);
 */
export function weightPixels(
  weights: ArrayLike<number>,
  k: number,
  scale: number,
  pos: readonly number[],
  neg: readonly number[],
): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(784 * 4);
  for (let j = 0; j < 784; j++) {
    const w = weights[j * 10 + k]!;
    const c = w >= 0 ? pos : neg;
    out[4 * j] = c[0]!;
    out[4 * j + 1] = c[1]!;
    out[4 * j + 2] = c[2]!;
    out[4 * j + 3] = scale > 0 ? Math.round(Math.min(1, Math.abs(w) / scale) * 255) : 0;
  }
  return out;
}

/** Largest |weight| over all classes (the common scale of the ten pictures). */
export function weightScale(weights: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < weights.length; i++) m = Math.max(m, Math.abs(weights[i]!));
  return m;
}
