/** Computations of "multi-label", intuitive level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, sigmoid, crossEntropy, entropy } from '~/lib/math';
export const z = [3, 2.5, -1, -2];
export const p = softmax(z);
export const s = z.map((v) => sigmoid(v));
export const sSum = s.reduce((a, b) => a + b, 0);
/** Cat and hen present: the labels (1, 1, 0, 0), and the same target shared evenly for a softmax. */
export const y = [1, 1, 0, 0];
export const yShared = [0.5, 0.5, 0, 0];
/** The two lines the widget prints: summed binary cross-entropy, and softmax cross-entropy against yShared. */
export const bceSum = s.reduce(
  (acc, v, i) => acc - (y[i] * Math.log(v) + (1 - y[i]) * Math.log(1 - v)),
  0,
);
export const ceShared = crossEntropy(z, yShared);
/** The smallest value ceShared can reach (softmax output equal to the target): its entropy, ln 2. */
export const ceFloor = entropy(yShared);
/** Check yourself: the dog's score rises to 3 (sigmoids vs softmax), and an empty photo with all scores −3. */
export const zDog = [3, 2.5, 3, -2];
export const pDog = softmax(zDog);
export const sEmpty = sigmoid(-3);
