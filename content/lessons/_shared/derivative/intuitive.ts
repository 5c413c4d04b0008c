/** Computations of "derivative", intuitive level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, softmaxJacobian, crossEntropyGradient } from '~/lib/math';
import { checkKey, printed } from '~/components/content/checkKey';
export const z = [2, -1, 0.5];
export const p = softmax(z);
export const h = 0.1;
export const zUp = [2, -1, 0.6];
export const pUp = softmax(zUp);
export const J = softmaxJacobian(p);
export const g = crossEntropyGradient(z, 0);
/** The same gradient if the correct class were the second one, which the network has nearly ruled out. */
export const gMiss = crossEntropyGradient(z, 1);

/** Check "how sensitive is the third class to its own logit": p(1 − p), with p as printed (3 digits). */
export const selfSensitivityKey = checkKey({ q: printed(p[2], 3) }, ({ q }) => q * (1 - q));
