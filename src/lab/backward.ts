import type { Activations, Network } from './network';

/** Scratch space for {@link backward}: one delta array per layer. */
export interface Deltas {
  deltas: Float64Array[];
}

/** Fresh scratch space for {@link backward} on `network`. */
export function createDeltas(network: Network): Deltas {
  return { deltas: network.layers.map((layer) => new Float64Array(layer.outputs)) };
}

/**
 * Backpropagation for one input, after {@link forward} filled `activations` for that same
 * input: given ∂L/∂logits (for cross-entropy, `crossEntropyGradient(logits, label)` = p − y),
 * **adds** ∂L/∂W and ∂L/∂b of every layer into `gradient` (same shape as `network`, e.g. from
 * `zerosLike`). Through a tanh layer the delta is multiplied by 1 − a². Inputs equal to 0 are
 * skipped (their weight gradient is 0).
 * @example backward(net, pixels, i * 784, acts, crossEntropyGradient(logits, label), grad, createDeltas(net));
 */
export function backward(
  network: Network,
  input: ArrayLike<number>,
  offset: number,
  activations: Activations,
  outputGradient: ArrayLike<number>,
  gradient: Network,
  scratch: Deltas = createDeltas(network),
): void {
  const last = network.layers.length - 1;
  const top = scratch.deltas[last]!;
  for (let k = 0; k < top.length; k++) top[k] = outputGradient[k]!;
  for (let l = last; l >= 0; l--) {
    const layer = network.layers[l]!;
    const { inputs, outputs, weights } = layer;
    const delta = scratch.deltas[l]!;
    const g = gradient.layers[l]!;
    for (let k = 0; k < outputs; k++) g.bias[k]! += delta[k]!;
    const x: ArrayLike<number> = l === 0 ? input : activations.outputs[l - 1]!;
    const base = l === 0 ? offset : 0;
    const below = l > 0 ? scratch.deltas[l - 1]! : null;
    for (let j = 0; j < inputs; j++) {
      const v = x[base + j]!;
      const row = j * outputs;
      if (below) {
        let s = 0;
        for (let k = 0; k < outputs; k++) s += weights[row + k]! * delta[k]!;
        // The layer below is tanh (only the last layer is identity): d tanh = 1 − a².
        below[j] = network.layers[l - 1]!.activation === 'tanh' ? s * (1 - v * v) : s;
      }
      if (v === 0) continue;
      for (let k = 0; k < outputs; k++) g.weights[row + k]! += v * delta[k]!;
    }
  }
}
