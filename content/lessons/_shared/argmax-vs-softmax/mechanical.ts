/** Computations of "argmax-vs-softmax", mechanical level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, argmax, oneHot, softmaxJacobian } from '~/lib/math';
import { checkKey, printed } from '~/components/content/checkKey';
export const z = [2, -1, 0.5];
export const p = softmax(z);
export const k = argmax(z);
export const y = oneHot(k, 3);
export const neg = [-3, -0.5, -2];
export const kNeg = argmax(neg);
export const moves = [0.5, 1, 1.5, 1.9, 2, 2.1, 2.5].map((c) => {
  const v = [2, -1, c];
  return { c, k: argmax(v), p: softmax(v) };
});
export const h = 0.01;
export const zh = [2, -1, 0.5 + h];
export const ph = softmax(zh);
export const slope3 = (ph[2] - p[2]) / h;
export const slope1 = (ph[0] - p[0]) / h;
export const J = softmaxJacobian(p);
export const temps = [1, 0.5, 0.25, 0.1].map((t) => ({ t, p: softmax(z, { temperature: t }) }));

/** Check "how fast does the third probability grow": σ₃(1 − σ₃), from σ₃ as printed in the list (3 digits) or in the slope paragraph (4 digits), or read off the page. */
export const selfRateKey = checkKey({ s: printed(p[2], 3) }, ({ s }) => s * (1 - s))
  .or({ s: printed(p[2], 4) }, ({ s }) => s * (1 - s))
  .or({ j: printed(J[2][2], 3) }, ({ j }) => j);

/** Exercises ("Check yourself"): new logits, so no answer is printed earlier on the page. */
export const exZ = [0, 1, 2];
export const exP = softmax(exZ);
/** The rate σ₃(1 − σ₃), from the exact σ₃ or from σ₃ as the reader rounded it (three decimals). */
export const exRateKey = checkKey({ s: printed(exP[2], 3) }, ({ s }) => s * (1 - s));
export const exPair = [1, 0];
export const exTs = [0.5, 0.25];
export const exPairT = exTs.map((t) => softmax(exPair, { temperature: t })[0]);
