/** Computations of "derivative", formal level: imported by the en, pt and ru pages, so each number is written once. */
import {
  softmax,
  softmaxJacobian,
  softmaxJvp,
  crossEntropyGradient,
  dot,
  oneHot,
} from '~/lib/math';
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

/**
 * Squared error versus cross-entropy on a softmax output (Goodfellow, Bengio and Courville,
 * Deep Learning, §6.2.2.3, "Softmax Units for Multinoulli Output Distributions"): a confident
 * mistake, z = (5, 0, 0) with the second class correct.
 * The squared error ½‖p − y‖² has gradient J(p − y) in z (J symmetric), cross-entropy p − y.
 */
export const seZ = [5, 0, 0];
export const seY = oneHot(1, 3);
export const seP = softmax(seZ);
/** p − y: the cross-entropy gradient and the residual of the squared error. */
export const seResidual = crossEntropyGradient(seZ, 1);
/** ∇_z ½‖p − y‖² = J(p − y), computed as a Jacobian-vector product. */
export const seGrad = softmaxJvp(seP, seResidual);
export const ceNorm = Math.sqrt(dot(seResidual, seResidual));
export const seNorm = Math.sqrt(dot(seGrad, seGrad));
/** How many times shorter the squared-error gradient is. */
export const seRatio = ceNorm / seNorm;
/** The two losses: ½‖p − y‖² (at most 1) and −log p₂. */
export const seLoss = 0.5 * dot(seResidual, seResidual);
export const ceLoss = -Math.log(seP[1]);
/** The bound ‖J(p − y)‖ ≤ ‖J‖₂‖p − y‖ ≤ (1 − ‖p‖²)‖p − y‖, since ‖J‖₂ ≤ tr J for J ⪰ 0. */
export const seTrace = 1 - dot(seP, seP);
export const seBound = seTrace * ceNorm;

/** Exercise: two classes, z = (4, 0), the second class correct. */
export const se2Z = [4, 0];
export const se2P = softmax(se2Z);
const se2Residual = crossEntropyGradient(se2Z, 1);
const se2Grad = softmaxJvp(se2P, se2Residual);
/** ‖p − y‖ = √2 p₁. */
export const se2CeNorm = Math.sqrt(dot(se2Residual, se2Residual));
/** ‖J(p − y)‖ = 2√2 p₁² p₂. */
export const se2SeNorm = Math.sqrt(dot(se2Grad, se2Grad));
