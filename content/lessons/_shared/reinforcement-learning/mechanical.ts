/** Computations of "reinforcement-learning", mechanical level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, oneHot, dot } from '~/lib/math';
export const x = [1, 0, 1, 1];
export const W = [
  [4, 2, 0, 0],
  [3, 1, 0.5, 0],
  [0, 5, 4, 0],
  [-1, 0, 0, 10],
];
export const h = W.map((w) => dot(w, x));
export const hMax = Math.max(...h);
export const shiftedExp = h.map((v) => Math.exp(v - hMax));
export const expSum = shiftedExp.reduce((a, b) => a + b, 0);
export const pi = softmax(h);
/** How far the preference for down exceeds the one for left: only such differences reach the policy. */
export const hGap = h[3] - h[0];
export const cum = pi.map((_, i) => pi.slice(0, i + 1).reduce((a, b) => a + b, 0));
export const piCold = softmax(h, { temperature: 0.5 });
export const piWarm = softmax(h, { temperature: 2 });
export const piHot = softmax(h, { temperature: 5 });
export const taken = 2;
export const g = oneHot(taken, 4).map((v, i) => v - pi[i]);
export const alpha = 0.1;
export const xx = dot(x, x);
export const hNew = h.map((v, i) => v + alpha * g[i] * xx);
export const piNew = softmax(hNew);
/** Check yourself, "new-policy": new preferences for left, right, up, down; the agent takes left. */
export const exH = [1, 2, 0.5, 1.5];
export const exPi = softmax(exH);
export const exT = 2;
export const exPiT = softmax(exH, { temperature: exT });
export const exTaken = 0;
export const exG = oneHot(exTaken, 4).map((v, i) => v - exPi[i]);
