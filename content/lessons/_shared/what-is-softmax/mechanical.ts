/** Computations of "what-is-softmax", mechanical level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, softmaxSteps } from '~/lib/math';
export const z = [2, -1, 0.5];
export const s = softmaxSteps(z);
export const p = s.probabilities;
export const total = p[0] + p[1] + p[2];
export const raw = z.map((x) => Math.exp(x));
export const rawSum = raw[0] + raw[1] + raw[2];
export const q = softmax([1, 2, 3]);
/** Overflow thresholds of e^z in float64 and float32 (lesson 6 explains them). */
export const lnMax = Math.log(Number.MAX_VALUE);
/** The largest finite float32, (2 − 2⁻²³)·2¹²⁷, rounded through Math.fround so that it is exactly representable. */
export const float32Max = Math.fround((2 - 2 ** -23) * 2 ** 127);
/** Overflow threshold of the exponential in float32, the format most neural networks run in. */
export const lnMax32 = Math.log(float32Max);

/** Exercises ("Check yourself"): new logits, so no answer is printed earlier on the page. */
export const exZ = [3, 1, 0, -2];
export const exSteps = softmaxSteps(exZ);
export const bigZ = [1000, 999, 998];
export const bigP = softmax(bigZ);
