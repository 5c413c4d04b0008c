/** Computations of "derivative", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, softmaxJacobian, crossEntropyGradient } from '~/lib/math';
import { checkKey, printed } from '~/components/content/checkKey';
export const z = [2, -1, 0.5];
export const p = softmax(z);
export const J = softmaxJacobian(p);
export const Jflat = J.flat();
export const trace = J[0][0] + J[1][1] + J[2][2];
export const sumSquares = p[0] * p[0] + p[1] * p[1] + p[2] * p[2];
export const g = crossEntropyGradient(z, 0);

/** Check "the trace of the Jacobian": 1 − ‖p‖² from p as printed (3 digits), the sum of the printed diagonal, or the printed trace (4 digits). */
export const traceKey = checkKey(
  { q: printed(p, 3) },
  ({ q }) => 1 - (q[0] * q[0] + q[1] * q[1] + q[2] * q[2]),
)
  .or({ d: printed([J[0][0], J[1][1], J[2][2]], 3) }, ({ d }) => d[0] + d[1] + d[2])
  .or({ t: printed(trace, 4) }, ({ t }) => t);

/** Check "J₁₂ = −p₁p₂" (four decimals): from p₁ and p₂ as printed (3 digits). */
export const j12Key = checkKey({ q: printed([p[0], p[1]], 3) }, ({ q }) => -q[0] * q[1]);

/** Exercises ("Check yourself"): new logits and a test vector v, so no answer is printed earlier on the page. */
export const exZ = [1, 0, 0];
export const exP = softmax(exZ);
export const exV = [1, -1, 0];
/** vᵀJv = Var_p(v) for the softmax Jacobian J at exP. */
export const exMeanV = exP[0] * exV[0] + exP[1] * exV[1] + exP[2] * exV[2];
export const exQuad =
  exP[0] * exV[0] ** 2 + exP[1] * exV[1] ** 2 + exP[2] * exV[2] ** 2 - exMeanV ** 2;
/** The Gershgorin bound 2 maxᵢ pᵢ(1 − pᵢ) on the largest eigenvalue. */
export const exGersh = 2 * Math.max(...exP.map((q) => q * (1 - q)));
