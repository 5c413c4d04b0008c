import type { Activation, Network } from './network';

/** A layer stored as int8 weights with one float scale per output unit (per-row quantisation). */
export interface QuantizedLayer {
  inputs: number;
  outputs: number;
  activation: Activation;
  /** Weight from input j to output k ≈ weights[j * outputs + k] · scales[k]. */
  weights: Int8Array;
  scales: Float32Array;
  bias: Float32Array;
}

export interface QuantizedNetwork {
  layers: QuantizedLayer[];
}

/**
 * Symmetric per-row int8 quantisation: for each output unit k, scale_k = max_j |W_jk| / L
 * (rounded to float32) and q_jk = round(W_jk / scale_k) in −L…L, L = `levels` ≤ 127 (127: the
 * full int8 range; 31: a 6-bit grid that gzips smaller). Biases are kept as float32 (94
 * numbers in all). A row of zeros gets scale 0.
 * @example dequantize(quantize(net, 127)); // the network the browser runs
 */
export function quantize(network: Network, levels = 127): QuantizedNetwork {
  if (!(Number.isInteger(levels) && levels >= 1 && levels <= 127))
    throw new RangeError(`quantize: levels must be an integer in 1…127, got ${levels}`);
  return {
    layers: network.layers.map(({ inputs, outputs, activation, weights, bias }) => {
      const scales = new Float32Array(outputs);
      for (let k = 0; k < outputs; k++) {
        let max = 0;
        for (let j = 0; j < inputs; j++) max = Math.max(max, Math.abs(weights[j * outputs + k]!));
        scales[k] = max / levels;
      }
      const q = new Int8Array(inputs * outputs);
      for (let j = 0; j < inputs; j++) {
        for (let k = 0; k < outputs; k++) {
          const s = scales[k]!;
          q[j * outputs + k] =
            s === 0
              ? 0
              : Math.max(-levels, Math.min(levels, Math.round(weights[j * outputs + k]! / s)));
        }
      }
      return { inputs, outputs, activation, weights: q, scales, bias: Float32Array.from(bias) };
    }),
  };
}

/**
 * The float network a quantised one stands for: W_jk = q_jk · scale_k, b = float32 bias
 * (computed in float64, so every reader gets the same weights bit for bit).
 */
export function dequantize(network: QuantizedNetwork): Network {
  return {
    layers: network.layers.map(({ inputs, outputs, activation, weights, scales, bias }) => {
      const w = new Float64Array(inputs * outputs);
      for (let j = 0; j < inputs; j++)
        for (let k = 0; k < outputs; k++)
          w[j * outputs + k] = weights[j * outputs + k]! * scales[k]!;
      return { inputs, outputs, activation, weights: w, bias: Float64Array.from(bias) };
    }),
  };
}
