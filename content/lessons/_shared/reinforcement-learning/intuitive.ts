/** Computations of "reinforcement-learning", intuitive level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax } from '~/lib/math';
export const h = [4, 3.5, 4, 9];
export const pi = softmax(h);
export const piHot = softmax(h, { temperature: 5 });
export const pair = [1, 2];
export const pairSoft = softmax(pair);
export const pairLinear = pair.map((v) => v / (pair[0] + pair[1]));
export const shifted = [10, 11];
export const shiftedSoft = softmax(shifted);
export const shiftedLinear = shifted.map((v) => v / (shifted[0] + shifted[1]));
/** Check yourself: every preference raised by 5, and a cold policy at temperature 1/2. */
export const hUp = h.map((v) => v + 5);
export const piUp = softmax(hUp);
export const piCold = softmax(h, { temperature: 0.5 });
