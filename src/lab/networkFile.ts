import type { Activation } from './network';
import type { QuantizedNetwork } from './quantize';

/**
 * The shipped weight format (little-endian), one file per model:
 *
 * | bytes | content |
 * | --- | --- |
 * | 4 | magic `LABW` |
 * | 1 | number of layers L |
 * | per layer: 2 + 2 + 1 | inputs, outputs (uint16), activation (0 identity, 1 tanh) |
 * | 4 · outputs | per-row scales (float32) |
 * | 4 · outputs | biases (float32) |
 * | inputs · outputs | weights (int8), input-major: input j's row of `outputs` weights |
 */
const MAGIC = 'LABW';
const ACTIVATIONS: readonly Activation[] = ['identity', 'tanh'];

/** Serialises a quantised network into the format above. */
export function encodeNetwork(network: QuantizedNetwork): Uint8Array {
  let size = 5;
  for (const l of network.layers) size += 5 + 8 * l.outputs + l.inputs * l.outputs;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = MAGIC.charCodeAt(i);
  bytes[4] = network.layers.length;
  let at = 5;
  for (const l of network.layers) {
    view.setUint16(at, l.inputs, true);
    view.setUint16(at + 2, l.outputs, true);
    bytes[at + 4] = ACTIVATIONS.indexOf(l.activation);
    at += 5;
    for (const values of [l.scales, l.bias]) {
      for (const v of values) {
        view.setFloat32(at, v, true);
        at += 4;
      }
    }
    bytes.set(new Uint8Array(l.weights.buffer, l.weights.byteOffset, l.weights.length), at);
    at += l.weights.length;
  }
  return bytes;
}

/**
 * Reads a weight file (e.g. fetched from the URL of `src/lab/assets/*.bin`). Throws a
 * TypeError for a file that is not in this format.
 * @example const net = dequantize(decodeNetwork(new Uint8Array(await (await fetch(url)).arrayBuffer())));
 */
export function decodeNetwork(bytes: Uint8Array): QuantizedNetwork {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (why: string): never => {
    throw new TypeError(`decodeNetwork: ${why}`);
  };
  if (bytes.length < 5 || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC)
    fail('not a LABW weight file');
  const layers: QuantizedNetwork['layers'] = [];
  let at = 5;
  for (let l = 0; l < bytes[4]!; l++) {
    if (at + 5 > bytes.length) fail('truncated layer header');
    const inputs = view.getUint16(at, true);
    const outputs = view.getUint16(at + 2, true);
    const activation = ACTIVATIONS[bytes[at + 4]!] ?? fail(`unknown activation ${bytes[at + 4]}`);
    at += 5;
    if (at + 8 * outputs + inputs * outputs > bytes.length) fail('truncated layer');
    const scales = new Float32Array(outputs);
    const bias = new Float32Array(outputs);
    for (let k = 0; k < outputs; k++) scales[k] = view.getFloat32(at + 4 * k, true);
    at += 4 * outputs;
    for (let k = 0; k < outputs; k++) bias[k] = view.getFloat32(at + 4 * k, true);
    at += 4 * outputs;
    const weights = new Int8Array(bytes.slice(at, at + inputs * outputs).buffer);
    at += inputs * outputs;
    layers.push({ inputs, outputs, activation, weights, scales, bias });
  }
  if (at !== bytes.length) fail('trailing bytes');
  return { layers };
}
