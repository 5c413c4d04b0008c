/**
 * A fully connected network: the lab's two models are `[784, 10]` (softmax regression) and
 * `[784, 84, 10]` (one tanh hidden layer of 84 units, LeNet-5's F6). The last layer returns
 * logits; softmax and cross-entropy come from the core library.
 */

/** What a layer applies to its affine output: `tanh` for hidden layers, `identity` for logits. */
export type Activation = 'tanh' | 'identity';

/**
 * One affine layer y = act(xW + b). `weights` is input-major: the weight from input j to
 * output k is `weights[j * outputs + k]`, so a zero input (paper pixel) skips a whole
 * contiguous row; this is what makes a forward pass on a binarized digit cheap.
 */
export interface Layer {
  inputs: number;
  outputs: number;
  activation: Activation;
  weights: Float64Array;
  bias: Float64Array;
}

/** A stack of layers; layer l's outputs feed layer l+1. */
export interface Network {
  layers: Layer[];
}

/** Numbers a forward pass leaves behind (one array per layer output), reused between calls. */
export interface Activations {
  outputs: Float64Array[];
}

/**
 * A network with the given layer sizes, hidden layers tanh. The first layer starts at zero;
 * later layers are drawn from Glorot's uniform distribution U(−a, a), a = √(6 / (inputs +
 * outputs)), using `random`. Biases start at zero.
 *
 * Why zero first: at the start every hidden unit outputs tanh(0) = 0, but the gradient of a
 * first-layer weight, x_j · (W₂ᵀ(p − y))_k, differs from unit to unit because W₂ is random, so
 * the symmetry still breaks. Weights of pixels that training digits rarely or never ink then
 * stay near zero instead of keeping their random start: a drawn stroke there is ignored, not
 * met with noise, and the shipped file gzips smaller (36 KB instead of 51 KB for the 84-unit
 * network). Softmax regression (a single layer, convex) thus starts at zero too.
 * @example createNetwork([784, 84, 10], seededRandom(1)).layers[0].weights.length; // 65856
 */
export function createNetwork(sizes: readonly number[], random: () => number): Network {
  if (sizes.length < 2)
    throw new RangeError('createNetwork: give at least an input and an output size');
  const layers: Layer[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const inputs = sizes[l]!;
    const outputs = sizes[l + 1]!;
    const weights = new Float64Array(inputs * outputs);
    if (l > 0) {
      const a = Math.sqrt(6 / (inputs + outputs));
      for (let i = 0; i < weights.length; i++) weights[i] = (2 * random() - 1) * a;
    }
    const activation: Activation = l + 2 < sizes.length ? 'tanh' : 'identity';
    layers.push({ inputs, outputs, activation, weights, bias: new Float64Array(outputs) });
  }
  return { layers };
}

/** Fresh scratch space for {@link forward} on `network`. */
export function createActivations(network: Network): Activations {
  return { outputs: network.layers.map((layer) => new Float64Array(layer.outputs)) };
}

/**
 * Forward pass of one input: `input[offset … offset + inputs − 1]` (e.g. digit i of a
 * DigitSet with offset i × 784, or a drawn digit's grey levels). Writes every layer's output
 * into `activations` and returns the logits (the last one; valid until the next call).
 * @example forward(net, set.pixels, 784 * i, createActivations(net)); // 10 logits
 */
export function forward(
  network: Network,
  input: ArrayLike<number>,
  offset: number,
  activations: Activations = createActivations(network),
): Float64Array {
  let x: ArrayLike<number> = input;
  let base = offset;
  let out = activations.outputs[0]!;
  for (let l = 0; l < network.layers.length; l++) {
    const { inputs, outputs, weights, bias, activation } = network.layers[l]!;
    out = activations.outputs[l]!;
    out.set(bias);
    for (let j = 0; j < inputs; j++) {
      const v = x[base + j]!;
      if (v === 0) continue;
      const row = j * outputs;
      for (let k = 0; k < outputs; k++) out[k]! += v * weights[row + k]!;
    }
    if (activation === 'tanh') for (let k = 0; k < outputs; k++) out[k] = Math.tanh(out[k]!);
    x = out;
    base = 0;
  }
  return out;
}

/** Logits of a whole set: `count × outputs` values, digit i's at `[i * outputs, (i + 1) * outputs)`. */
export function logitsOf(network: Network, pixels: ArrayLike<number>, count: number): Float64Array {
  const first = network.layers[0]!;
  const classes = network.layers[network.layers.length - 1]!.outputs;
  const out = new Float64Array(count * classes);
  const acts = createActivations(network);
  for (let i = 0; i < count; i++)
    out.set(forward(network, pixels, i * first.inputs, acts), i * classes);
  return out;
}

/** A network of the same shape with every weight and bias zero (a gradient accumulator). */
export function zerosLike(network: Network): Network {
  return {
    layers: network.layers.map((layer) => ({
      ...layer,
      weights: new Float64Array(layer.weights.length),
      bias: new Float64Array(layer.bias.length),
    })),
  };
}
