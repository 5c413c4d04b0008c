import { describe, expect, test } from 'vitest';
import { seededRandom } from '../../../src/islands/shared/random';
import { crossEntropy } from '../../../src/lib/math/crossEntropy';
import { crossEntropyGradient } from '../../../src/lib/math/crossEntropyGradient';
import { backward } from '../../../src/lab/backward';
import {
  createActivations,
  createNetwork,
  forward,
  zerosLike,
  type Network,
} from '../../../src/lab/network';

/** A small random network (every layer random, unlike createNetwork's zero first layer). */
function randomNetwork(sizes: number[], seed: number): Network {
  const random = seededRandom(seed);
  const net = createNetwork(sizes, random);
  for (const layer of net.layers) {
    for (let i = 0; i < layer.weights.length; i++) layer.weights[i] = 2 * random() - 1;
    for (let k = 0; k < layer.bias.length; k++) layer.bias[k] = random() - 0.5;
  }
  return net;
}

const loss = (net: Network, x: ArrayLike<number>, label: number) =>
  crossEntropy(forward(net, x, 0), label);

describe('backward', () => {
  test.each([
    ['softmax regression', [6, 3]],
    ['one tanh hidden layer', [6, 4, 3]],
  ] as const)('matches central finite differences for %s', (_, sizes) => {
    const net = randomNetwork([...sizes], 7);
    // A zero input checks that skipped pixels really have a zero gradient.
    const x = [0.5, 0, 1, -0.3, 0.8, 0];
    const label = 2;
    const acts = createActivations(net);
    const logits = forward(net, x, 0, acts);
    const grad = zerosLike(net);
    backward(net, x, 0, acts, crossEntropyGradient(logits, label), grad);
    const h = 1e-6;
    for (let l = 0; l < net.layers.length; l++) {
      for (const key of ['weights', 'bias'] as const) {
        const params = net.layers[l]![key];
        for (let i = 0; i < params.length; i++) {
          const keep = params[i]!;
          params[i] = keep + h;
          const up = loss(net, x, label);
          params[i] = keep - h;
          const down = loss(net, x, label);
          params[i] = keep;
          expect(grad.layers[l]![key][i]).toBeCloseTo((up - down) / (2 * h), 7);
        }
      }
    }
  });

  test('adds to the gradient it is given (minibatch accumulation)', () => {
    const net = randomNetwork([4, 3, 2], 3);
    const x = [1, 0, 1, 1];
    const acts = createActivations(net);
    const g = crossEntropyGradient(forward(net, x, 0, acts), 1);
    const once = zerosLike(net);
    backward(net, x, 0, acts, g, once);
    const twice = zerosLike(net);
    backward(net, x, 0, acts, g, twice);
    backward(net, x, 0, acts, g, twice);
    twice.layers.forEach((layer, l) =>
      layer.weights.forEach((w, i) => expect(w).toBeCloseTo(2 * once.layers[l]!.weights[i]!, 12)),
    );
  });
});
