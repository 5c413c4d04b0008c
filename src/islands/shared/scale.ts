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
