/**
 * A logarithmic slider scale: positions 0…steps map to min…max geometrically, so the
 * range 0.05…20 gives as much travel to 0.05…1 as to 1…20.
 * @example const s = logScale(0.05, 20); s.fromPosition(s.toPosition(1)) // 1
 */
export function logScale(min: number, max: number, steps = 1000) {
  const span = Math.log(max / min);
  return {
    steps,
    toPosition: (value: number) =>
      (Math.log(Math.min(max, Math.max(min, value)) / min) / span) * steps,
    /** Rounded to 3 significant digits so links and labels stay tidy. */
    fromPosition: (position: number) =>
      Number((min * Math.exp((position / steps) * span)).toPrecision(3)),
  };
}

/**
 * Fraction digits that show a value rounded to 3 significant digits in full (for 0.01…999).
 * @example fractionDigits(0.0512) // 4
 * @example fractionDigits(12.3) // 1
 */
export function fractionDigits(value: number): number {
  const a = Math.abs(value);
  if (!(a > 0)) return 0;
  return Math.max(0, Math.min(6, 2 - Math.floor(Math.log10(a))));
}

/**
 * A linear map from [d0, d1] to [r0, r1] for plots drawn in the browser (build-time figures use
 * d3-scale; a widget ships these few lines instead of its 12 kB).
 * @example linearMap(0, 1, 10, 110)(0.5) // 60
 * @example linearMap(0, 1, 10, 110).invert(60) // 0.5
 */
export function linearMap(d0: number, d1: number, r0: number, r1: number) {
  const k = (r1 - r0) / (d1 - d0);
  /** The inverse map, from [r0, r1] back to [d0, d1] (for pointer positions). */
  const invert = (r: number) => d0 + (r - r0) / k;
  return Object.assign((v: number) => r0 + (v - d0) * k, { invert });
}

/**
 * A logarithmic map from [d0, d1] (both > 0) to [r0, r1].
 * @example logMap(1, 100, 0, 2)(10) // 1
 */
export function logMap(d0: number, d1: number, r0: number, r1: number) {
  const to = linearMap(Math.log(d0), Math.log(d1), r0, r1);
  return (v: number) => to(Math.log(v));
}

/**
 * An SVG path through the points, in order ("M x,y L x,y …"), rounded to 0.01; '' for no points.
 * @example polyline([[0, 0], [1, 2]]) // 'M0,0L1,2'
 */
export function polyline(points: readonly (readonly [number, number])[]): string {
  const r = (v: number) => Math.round(v * 100) / 100;
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${r(x)},${r(y)}`).join('');
}
