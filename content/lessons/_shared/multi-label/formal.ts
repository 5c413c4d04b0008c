/** Computations of "multi-label", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, sigmoid } from '~/lib/math';
export const a = 3;
export const b = 2.5;
export const pair = softmax([a, b]);
export const sig = sigmoid(a - b);
export const zq = -1;
export const sq = sigmoid(zq);
export const bceq = Math.log(1 + Math.exp(zq)) - 1 * zq;
export const gradq = sq - 1;
