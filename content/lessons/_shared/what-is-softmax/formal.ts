/** Computations of "what-is-softmax", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, logSumExp } from '~/lib/math';
export const z = [2, -1, 0.5];
export const p = softmax(z);
export const c = 10;
export const pShift = softmax(z.map((x) => x + c));
export const pDouble = softmax(z.map((x) => 2 * x));
/** The constants c of the points z + c·1 drawn in the simplex figure (all land on σ(z)). */
export const figShifts = [-2, 0, c];
export const lse = logSumExp(z);
export const h = 1e-6;
export const slope = (logSumExp([z[0] + h, z[1], z[2]]) - lse) / h;

/** Exercises: new logits, so no answer is printed earlier on the page. */
export const exZ = [1, 0, -1];
export const exLse = logSumExp(exZ);
export const exP2 = softmax(exZ.map((x) => 2 * x));
