/**
 * The three-class probability simplex drawn as an equilateral triangle of side 1, in SVG
 * orientation (y grows downwards): class 1 at the top corner, class 2 bottom left, class 3
 * bottom right. A distribution p is the point p₁·V₁ + p₂·V₂ + p₃·V₃ (barycentric coordinates).
 * Pure: the island and its tests use it.
 */
import { logSumExp } from '../../lib/math';

/** Height of the unit equilateral triangle. */
export const HEIGHT = Math.sqrt(3) / 2;

/** The corners V₁, V₂, V₃ (the one-hot vectors e₁, e₂, e₃). */
export const VERTICES: readonly (readonly [number, number])[] = [
  [0.5, 0],
  [0, HEIGHT],
  [1, HEIGHT],
];

/** Smallest probability a dragged point may give a class: the point stays inside the open triangle. */
export const FLOOR = 1e-3;

/**
 * The point of a distribution over three classes.
 * @example toPoint([1 / 3, 1 / 3, 1 / 3]) // [0.5, 0.2887…] (the centre)
 */
export function toPoint(p: readonly number[]): [number, number] {
  const [p1 = 0, p2 = 0, p3 = 0] = p;
  let x = 0;
  let y = 0;
  [p1, p2, p3].forEach((w, i) => {
    const v = VERTICES[i] as readonly [number, number];
    x += w * v[0];
    y += w * v[1];
  });
  return [x, y];
}

/**
 * The distribution at a point, kept inside the open triangle: negative barycentric coordinates
 * (a point beyond an edge) are cut to 0 and the rest renormalised; a point closer to an edge
 * than `floor` is then pulled towards the centre just enough that every probability is at
 * least `floor`. Points well inside come back unchanged (toPoint's inverse).
 * @example toProbabilities(0.5, 0) // [0.998, 0.001, 0.001] (the top corner, just inside)
 */
export function toProbabilities(x: number, y: number, floor = FLOOR): [number, number, number] {
  const p1 = 1 - y / HEIGHT;
  const p3 = x - 0.5 * p1;
  const p2 = 1 - p1 - p3;
  const cut = [p1, p2, p3].map((v) => (Number.isFinite(v) ? Math.max(0, v) : 0));
  const sum = cut.reduce((a, b) => a + b, 0);
  const onTriangle = sum > 0 ? cut.map((v) => v / sum) : [1 / 3, 1 / 3, 1 / 3];
  const m = Math.min(...onTriangle);
  if (m >= floor) return onTriangle as [number, number, number];
  const lambda = (floor - m) / (1 / 3 - m);
  return onTriangle.map((v) => (1 - lambda) * v + lambda / 3) as [number, number, number];
}

const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;

/**
 * Logits that softmax maps to `p`: log p, shifted so that their mean is `level` (softmax cannot
 * see the shift), rounded to `digits` decimals so the field shows exactly the logits in use.
 * @example logitsFor([0.5, 0.25, 0.25]) // [0.4621, -0.2310, -0.2310]
 */
export function logitsFor(p: readonly number[], level = 0, digits = 4): number[] {
  const logs = p.map((v) => Math.log(v));
  const m = mean(logs);
  const k = 10 ** digits;
  return logs.map((v) => Math.round((v - m + level) * k) / k || 0);
}

/**
 * Two representatives of the line z + c·1 that softmax collapses to one point: the logits
 * shifted to sum to 0 (c = −mean z), and shifted by c = −LSE(z), which gives log σ(z) itself.
 * Computed from z (log-sum-exp is stable), not as log p, so they stay finite when a probability
 * underflows to 0.
 * @example representatives([2, -1, 0.5]) // { centred: [1.5, -1.5, 0], logp: [-0.241, -3.241, -1.741] }
 */
export function representatives(z: readonly number[]): {
  centred: number[];
  logp: number[];
} {
  const m = mean(z);
  const lse = logSumExp(z);
  return { centred: z.map((v) => v - m || 0), logp: z.map((v) => v - lse || 0) };
}
