import { softmax } from '../../lib/math';

/** One slice of the share pie. */
export interface PieSlice {
  readonly index: number;
  readonly share: number;
  /** Start and end angle in radians, clockwise from 12 o'clock (d3-shape's convention). */
  readonly startAngle: number;
  readonly endAngle: number;
}

/**
 * The softmax shares of `logits` as pie slices, in input order starting at 12 o'clock.
 * The angles add up to a full turn because the shares add up to 1.
 *
 * @example sharePieData([0, 0])[1].startAngle // Math.PI
 */
export function sharePieData(logits: readonly number[]): PieSlice[] {
  const shares = softmax(logits);
  let start = 0;
  return shares.map((share, index) => {
    const startAngle = start;
    start += share * 2 * Math.PI;
    return {
      index,
      share,
      startAngle,
      endAngle: index === shares.length - 1 ? 2 * Math.PI : start,
    };
  });
}
