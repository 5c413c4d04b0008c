/** Computations of "derivative", mechanical level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, softmaxJacobian, softmaxJvp, crossEntropyGradient } from '~/lib/math';
import { checkKey, printed } from '~/components/content/checkKey';
export const z = [2, -1, 0.5];
export const p = softmax(z);
export const J = softmaxJacobian(p);
export const Jflat = J.flat();
export const h = 0.1;
export const dz = [0, 0, h];
export const predicted = softmaxJvp(p, dz);
export const pUp = softmax([2, -1, 0.6]);
export const actual = pUp.map((v, i) => v - p[i]);
export const g = crossEntropyGradient(z, 0);

/** Check "J₂₂ = p₂(1 − p₂)": from p₂ as printed (3 digits), or read off the printed matrix. */
export const j22Key = checkKey({ q: printed(p[1], 3) }, ({ q }) => q * (1 - q)).or(
  { j: printed(J[1][1], 3) },
  ({ j }) => j,
);

/** Check "J₂₃ = −p₂p₃" (four decimals): from p₂ and p₃ as printed (3 digits). */
export const j23Key = checkKey({ q: printed([p[1], p[2]], 3) }, ({ q }) => -q[0] * q[1]);

/** Exercises ("Check yourself"): new logits, so no answer is printed earlier on the page. */
export const exZ = [1, 3, 0];
export const exP = softmax(exZ);
export const exJ = softmaxJacobian(exP);
/** The first-order change of p₁ when the second logit rises by exH: J₁₂ · exH. */
export const exH = 0.5;
export const exPredicted = softmaxJvp(exP, [0, exH, 0]);
export const exActual = softmax([exZ[0], exZ[1] + exH, exZ[2]]).map((v, i) => v - exP[i]);
