/**
 * An SVG path that covers the cells of a square picture chosen by `keep`, row by row, as
 * horizontal runs (`M x y h w v 1 h −w z` in pixel units): one compact `<path>` instead of one
 * `<rect>` per pixel. Draw it inside a `transform="… scale(s)"` group. Pure.
 *
 * @example pixelPath([0, 1, 1, 0], 2, (v) => v > 0) // 'M1 0h1v1h-1zM0 1h1v1h-1z'
 */
export function pixelPath(
  values: ArrayLike<number>,
  side: number,
  keep: (value: number, index: number) => boolean,
  offset = 0,
): string {
  let d = '';
  for (let r = 0; r < side; r++) {
    let c = 0;
    while (c < side) {
      if (!keep(values[offset + r * side + c]!, r * side + c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < side && keep(values[offset + r * side + c]!, r * side + c)) c++;
      d += `M${start} ${r}h${c - start}v1h-${c - start}z`;
    }
  }
  return d;
}
