/** Computations of "reinforcement-learning", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, dot } from '~/lib/math';
export const X = [
  [1, 0],
  [0, 1],
  [1, 1],
];
export const theta = [1, 0.5];
export const h = X.map((row) => dot(theta, row));
export const pi = softmax(h);
export const pair = softmax([1, 2]);
export const xbar = [0, 1].map((k) => X.reduce((acc, row, b) => acc + pi[b] * row[k], 0));
export const score = X[1].map((v, k) => v - xbar[k]);
export const meanScore = [0, 1].map((k) =>
  X.reduce((acc, row, b) => acc + pi[b] * (row[k] - xbar[k]), 0),
);
/** Check yourself, "score-new": the same features X with a new θ. */
export const exTheta = [0.5, -1];
export const exH = X.map((row) => dot(exTheta, row));
export const exPi = softmax(exH);
export const exXbar = [0, 1].map((k) => X.reduce((acc, row, b) => acc + exPi[b] * row[k], 0));
export const exScore = X[0].map((v, k) => v - exXbar[k]);
