/** Computations of "multi-label", mechanical level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, sigmoid } from '~/lib/math';
export const z = [3, 2.5, -1, -2];
export const y = [1, 1, 0, 0];
export const ez = z.map((v) => Math.exp(v));
export const ezSum = ez.reduce((a, b) => a + b, 0);
export const p = softmax(z);
export const s = z.map((v) => sigmoid(v));
export const bce = s.map((v, i) => -(y[i] * Math.log(v) + (1 - y[i]) * Math.log(1 - v)));
export const loss = bce.reduce((a, b) => a + b, 0);
export const grad = s.map((v, i) => v - y[i]);
/** Check yourself, "new-photo": three labels, new logits and labels. */
export const exZ = [1.5, -0.5, 2.5];
export const exY = [1, 0, 1];
export const exS = exZ.map((v) => sigmoid(v));
export const exLoss = exS.reduce(
  (a, v, i) => a - (exY[i] * Math.log(v) + (1 - exY[i]) * Math.log(1 - v)),
  0,
);
export const exGrad = exS.map((v, i) => v - exY[i]);
export const exP = softmax(exZ);
/** Step size of the finite-difference task. */
export const h = 1e-4;
