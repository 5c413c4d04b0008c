/**
 * A drawing → the 28 × 28 black-and-white digit the lab's models read, prepared the way
 * MNIST prepared its digits (LeCun et al.): the ink's bounding box is scaled, keeping its
 * aspect ratio, to fit a 20 × 20 box (averaging, which gives grey levels at the edges), that
 * picture is placed in a 28 × 28 field so that its centre of mass falls on the field's centre,
 * and the grey levels are binarized at one half like the lab's training digits (src/lab/binarize).
 * Pure: takes the canvas's alpha channel, returns numbers.
 */
import { binarize } from '../../lab/binarize';

/** Side of the MNIST field and of the box the digit is scaled into. */
export const FIELD = 28;
export const BOX = 20;

/**
 * Grey levels in [0, 1] (28 × 28, row-major) of a drawing given as one ink value per canvas
 * pixel (0 = paper, 255 = ink; e.g. the alpha channel of getImageData), or null when the
 * drawing holds no ink.
 * @example mnistGrey(alpha, 280, 280)?.length; // 784
 */
export function mnistGrey(
  ink: ArrayLike<number>,
  width: number,
  height: number,
  stride = 1,
  offset = 0,
): Float64Array | null {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (ink[(y * width + x) * stride + offset]! > 0) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < 0) return null;
  const w = x1 - x0 + 1;
  const h = y1 - y0 + 1;
  const scale = BOX / Math.max(w, h);
  const tw = Math.max(1, Math.min(BOX, Math.round(w * scale)));
  const th = Math.max(1, Math.min(BOX, Math.round(h * scale)));
  // Box filter: each canvas pixel adds its ink to the cell it falls in; a cell covers
  // 1/scale² canvas pixels (fewer at the picture's edge, which then come out lighter).
  const small = new Float64Array(tw * th);
  for (let y = y0; y <= y1; y++) {
    const ty = Math.min(th - 1, Math.floor((y - y0) * scale));
    for (let x = x0; x <= x1; x++) {
      const v = ink[(y * width + x) * stride + offset]!;
      if (v > 0) small[ty * tw + Math.min(tw - 1, Math.floor((x - x0) * scale))]! += v / 255;
    }
  }
  const area = Math.max(1, 1 / (scale * scale));
  let mass = 0;
  let mx = 0;
  let my = 0;
  for (let ty = 0; ty < th; ty++) {
    for (let tx = 0; tx < tw; tx++) {
      const v = Math.min(1, small[ty * tw + tx]! / area);
      small[ty * tw + tx] = v;
      mass += v;
      mx += v * (tx + 0.5);
      my += v * (ty + 0.5);
    }
  }
  const cx = mass > 0 ? mx / mass : tw / 2;
  const cy = mass > 0 ? my / mass : th / 2;
  const dx = Math.round(FIELD / 2 - cx);
  const dy = Math.round(FIELD / 2 - cy);
  const out = new Float64Array(FIELD * FIELD);
  for (let ty = 0; ty < th; ty++) {
    const y = ty + dy;
    if (y < 0 || y >= FIELD) continue;
    for (let tx = 0; tx < tw; tx++) {
      const x = tx + dx;
      if (x >= 0 && x < FIELD) out[y * FIELD + x] = small[ty * tw + tx]!;
    }
  }
  return out;
}

/**
 * The model's input for a drawing: {@link mnistGrey}, binarized (0/1), or null without ink.
 * @example toModelInput(rgba, 280, 280, 4, 3); // alpha of RGBA image data
 */
export function toModelInput(
  ink: ArrayLike<number>,
  width: number,
  height: number,
  stride = 1,
  offset = 0,
): Uint8Array | null {
  const grey = mnistGrey(ink, width, height, stride, offset);
  return grey ? binarize(grey) : null;
}
