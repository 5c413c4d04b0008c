import { entropy, softmax } from '../../lib/math';

/** A point of the 2-simplex in barycentric coordinates p and in the plane (unit triangle). */
export interface SimplexPoint {
  readonly t: number;
  readonly p: readonly [number, number, number];
  /** Entropy of p in nats. */
  readonly h: number;
  /** Plane coordinates: class 1 at (1/2, √3/2), class 2 at (0, 0), class 3 at (1, 0). */
  readonly x: number;
  readonly y: number;
}

export interface SimplexPathData {
  /** softmax(z/T) at log-spaced temperatures from `from` to `to`. */
  readonly path: readonly SimplexPoint[];
  /** The lesson's marked temperatures. */
  readonly marks: readonly SimplexPoint[];
  /** The limit T → 0⁺: the vertex of the argmax (the midpoint of an edge for a two-way tie). */
  readonly cold: SimplexPoint;
  /** The limit T → ∞: the centre (1/3, 1/3, 1/3). */
  readonly hot: SimplexPoint;
  /** The triangle's corners in plane coordinates, class 1, 2, 3. */
  readonly vertices: readonly (readonly [number, number])[];
}

const VERTICES = [
  [0.5, Math.sqrt(3) / 2],
  [0, 0],
  [1, 0],
] as const;

const point = (t: number, q: readonly number[]): SimplexPoint => {
  const p = [q[0]!, q[1]!, q[2]!] as const;
  return {
    t,
    p,
    h: entropy(p),
    x: p[0] * VERTICES[0][0] + p[1] * VERTICES[1][0] + p[2] * VERTICES[2][0],
    y: p[0] * VERTICES[0][1] + p[1] * VERTICES[1][1] + p[2] * VERTICES[2][1],
  };
};

/**
 * The path of softmax(z/T) through the three-class simplex as T goes from cold to hot: it
 * leaves the vertex of the largest logit (T → 0⁺) and ends at the centre (T → ∞), with the
 * lesson's temperatures marked.
 *
 * @example simplexPathData([2, -1, 0.5], [1]).marks[0].p[0] // 0.7856…
 */
export function simplexPathData(
  logits: readonly number[],
  marks: readonly number[] = [],
  from = 0.05,
  to = 100,
  samples = 161,
): SimplexPathData {
  if (logits.length !== 3) throw new RangeError('simplexPathData needs exactly three logits');
  if (!(from > 0) || !(to > from) || samples < 2)
    throw new RangeError('simplexPathData needs 0 < from < to');
  if (marks.some((t) => !(t > 0))) throw new RangeError('simplexPathData needs positive marks');
  const at = (t: number) => point(t, softmax(logits, { temperature: t }));
  const ratio = Math.log(to / from);
  const path = Array.from({ length: samples }, (_, s) =>
    at(s === samples - 1 ? to : from * Math.exp((ratio * s) / (samples - 1))),
  );
  return {
    path,
    marks: marks.map(at),
    // The library returns the exact limit for a vanishing temperature (uniform over ties).
    cold: point(0, softmax(logits, { temperature: 1e-300 })),
    hot: point(Infinity, [1 / 3, 1 / 3, 1 / 3]),
    vertices: VERTICES,
  };
}
