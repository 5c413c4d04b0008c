/** Computations of "argmax-vs-softmax", intuitive level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, argmax } from '~/lib/math';
export const z = [2, -1, 0.5];
export const p = softmax(z);
export const k = argmax(z);
export const zUp = [2, -1, 1];
export const pUp = softmax(zUp);
export const kUp = argmax(zUp);
export const zTie = [1, 3, 3];
export const kTie = argmax(zTie);

/** Exercises: softmax of the tied scores. */
export const pTie = softmax(zTie);
