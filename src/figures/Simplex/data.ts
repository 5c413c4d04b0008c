import { softmax } from '../../lib/math';
import { HEIGHT, VERTICES, toPoint } from '../../islands/SimplexExplorer/geometry';

export interface SimplexShift {
  /** The constant added to every logit. */
  readonly c: number;
  /** z + c·1. */
  readonly logits: readonly number[];
  /** softmax(z + c·1), computed on its own (not copied from softmax(z)). */
  readonly p: readonly number[];
}

export interface SimplexData {
  /** softmax(z). */
  readonly p: readonly number[];
  /** Where softmax(z) sits in the unit triangle (corners in `vertices`, y downwards). */
  readonly point: readonly [number, number];
  /** The corners e₁, e₂, e₃ of the unit triangle: class 1 top, 2 bottom left, 3 bottom right. */
  readonly vertices: readonly (readonly [number, number])[];
  readonly height: number;
  /** The centre of the triangle, the uniform distribution. */
  readonly centre: readonly [number, number];
  readonly shifts: readonly SimplexShift[];
  /** Largest |softmax(z + c·1)_i − softmax(z)_i| over the shifts: 0 up to rounding. */
  readonly maxGap: number;
}

/**
 * The three-class simplex, the point softmax(z) in it, and points z + c·1 of the line through z
 * that softmax sends to that same point.
 *
 * @example simplexData([2, -1, 0.5], [-2, 0, 10]).shifts[2].logits // [12, 9, 10.5]
 */
export function simplexData(logits: readonly number[], shifts: readonly number[]): SimplexData {
  if (logits.length !== 3) throw new RangeError('simplexData draws exactly three logits');
  if (!logits.every(Number.isFinite) || !shifts.every(Number.isFinite))
    throw new RangeError('simplexData needs finite logits and shifts');
  const p = softmax(logits);
  const list = shifts.map((c) => {
    const z = logits.map((v) => v + c);
    return { c, logits: z, p: softmax(z) };
  });
  const maxGap = Math.max(
    0,
    ...list.flatMap((s) => s.p.map((v, i) => Math.abs(v - (p[i] as number)))),
  );
  return {
    p,
    point: toPoint(p),
    vertices: VERTICES,
    height: HEIGHT,
    centre: toPoint([1 / 3, 1 / 3, 1 / 3]),
    shifts: list,
    maxGap,
  };
}
