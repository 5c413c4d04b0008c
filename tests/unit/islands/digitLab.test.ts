/**
 * The digit lab widgets' pure pieces: the MNIST-style preprocessing of a drawing (DigitLab),
 * the training session the worker and the build share (TrainIt), the build-time PNG encoder.
 */
import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { mnistGrey, toModelInput } from '../../../src/islands/DigitLab/preprocess';
import { createSession, weightPixels, weightScale } from '../../../src/islands/TrainIt/session';
import { pngDataUrl } from '../../../src/islands/shared/png';
import { buildDigits } from '../../../src/islands/shared/labBuild';
import { packDigit } from '../../../src/islands/shared/labBuild';
import { unpackDigit } from '../../../src/islands/shared/labClient';

const SIDE = 280;
/** A test digit painted at 10× (as DigitLab paints a picked digit), as an alpha channel. */
function painted(pixels: ArrayLike<number>, dx = 0, dy = 0): Uint8Array {
  const alpha = new Uint8Array(SIDE * SIDE);
  for (let i = 0; i < 784; i++) {
    if (!pixels[i]) continue;
    const x0 = (i % 28) * 10 + dx;
    const y0 = Math.floor(i / 28) * 10 + dy;
    for (let y = y0; y < y0 + 10; y++)
      for (let x = x0; x < x0 + 10; x++)
        if (x >= 0 && y >= 0 && x < SIDE && y < SIDE) alpha[y * SIDE + x] = 255;
  }
  return alpha;
}

describe('DigitLab preprocessing (MNIST style)', () => {
  it('returns null for an empty drawing', () => {
    expect(mnistGrey(new Uint8Array(SIDE * SIDE), SIDE, SIDE)).toBeNull();
  });

  it('scales the ink to fit a 20-pixel box and centres it by mass in the 28 × 28 field', () => {
    const alpha = new Uint8Array(SIDE * SIDE);
    for (let y = 10; y < 60; y++) for (let x = 200; x < 250; x++) alpha[y * SIDE + x] = 255; // a small square in a corner
    const grey = mnistGrey(alpha, SIDE, SIDE)!;
    const ink = [...grey.keys()].filter((i) => grey[i]! > 0.5);
    const xs = ink.map((i) => i % 28);
    const ys = ink.map((i) => Math.floor(i / 28));
    expect(Math.max(...xs) - Math.min(...xs) + 1).toBe(20);
    expect(Math.max(...ys) - Math.min(...ys) + 1).toBe(20);
    expect((Math.min(...xs) + Math.max(...xs) + 1) / 2).toBe(14);
    expect((Math.min(...ys) + Math.max(...ys) + 1) / 2).toBe(14);
  });

  it('gives back a real test digit painted on the canvas, wherever it was painted', () => {
    const test = buildDigits('test');
    for (const index of [1, 2, 3]) {
      const original = test.pixels.subarray(index * 784, (index + 1) * 784);
      for (const [dx, dy] of [
        [0, 0],
        [-30, 20],
      ] as const) {
        const back = toModelInput(painted(original, dx, dy), SIDE, SIDE)!;
        // The binarized digit's box is a little under 20 pixels and its centre of mass is not the
        // grey digit's, so the copy may be rescaled slightly and land a pixel away: compare the best
        // overlap over shifts of up to 2 pixels.
        let best = 0;
        for (let sy = -2; sy <= 2; sy++) {
          for (let sx = -2; sx <= 2; sx++) {
            let both = 0;
            let either = 0;
            for (let y = 0; y < 28; y++) {
              for (let x = 0; x < 28; x++) {
                const a = back[y * 28 + x]!;
                const yy = y + sy;
                const xx = x + sx;
                const b = yy >= 0 && yy < 28 && xx >= 0 && xx < 28 ? original[yy * 28 + xx]! : 0;
                if (a && b) both++;
                if (a || b) either++;
              }
            }
            best = Math.max(best, both / either);
          }
        }
        expect(best).toBeGreaterThan(0.6);
      }
    }
  });

  it('reads the alpha channel of RGBA image data (stride 4, offset 3)', () => {
    const alpha = painted(buildDigits('test').pixels.subarray(784, 1568));
    const rgba = new Uint8Array(alpha.length * 4);
    alpha.forEach((a, i) => (rgba[4 * i + 3] = a));
    expect(toModelInput(rgba, SIDE, SIDE, 4, 3)).toEqual(toModelInput(alpha, SIDE, SIDE));
  });
});

describe('digits handed to the islands', () => {
  it('packDigit and unpackDigit round-trip 784 pixels in 196 characters', () => {
    const test = buildDigits('test');
    const hex = packDigit(test, 5);
    expect(hex).toHaveLength(196);
    expect(unpackDigit(hex)).toEqual(test.pixels.slice(5 * 784, 6 * 784));
  });
});

describe('TrainIt session', () => {
  const train = buildDigits('train');
  const validation = buildDigits('validation');

  it('is deterministic: the same options give the same weights and curve', () => {
    const a = createSession(train, validation, { learningRate: 0.1, batchSize: 50 });
    const b = createSession(train, validation, { learningRate: 0.1, batchSize: 50 });
    expect(a.report(a.run(20))).toEqual(b.report(b.run(20)));
  });

  it('starts at the uniform distribution and learns: loss below ln 10, accuracy far above chance', () => {
    const s = createSession(train, validation, { learningRate: 0.1, batchSize: 50 });
    expect(s.report(NaN).exampleP.every((p) => Math.abs(p - 0.1) < 1e-12)).toBe(true);
    const loss = s.run(100);
    const r = s.report(loss);
    expect(r.step).toBe(100);
    expect(r.epochs).toBe(1);
    expect(loss).toBeLessThan(Math.log(10));
    expect(r.point.accuracy).toBeGreaterThan(0.7);
  });

  it('keeps each pixel’s ten weights summing to zero (p − y sums to zero; started from zero)', () => {
    const s = createSession(train, validation, { learningRate: 0.5, batchSize: 10 });
    const { weights } = s.report(s.run(50));
    for (let j = 0; j < 784; j++) {
      let sum = 0;
      for (let k = 0; k < 10; k++) sum += weights[j * 10 + k]!;
      expect(Math.abs(sum)).toBeLessThan(1e-5);
    }
  });

  it('draws weights with opacity |w| / scale in the sign’s colour', () => {
    const w = new Float32Array(7840);
    w[0] = 0.5;
    w[10] = -1;
    const px = weightPixels(w, 0, weightScale(w), [1, 2, 3], [4, 5, 6]);
    expect([...px.subarray(0, 8)]).toEqual([1, 2, 3, 128, 4, 5, 6, 255]);
    expect(px[11]).toBe(0); // pixel 2: weight 0, transparent
  });
});

describe('pngDataUrl', () => {
  it('encodes RGBA pixels that decode back', () => {
    const rgba = Uint8Array.from({ length: 2 * 3 * 4 }, (_, i) => (i * 37) % 256);
    const url = pngDataUrl(rgba, 2, 3);
    const png = Buffer.from(url.replace('data:image/png;base64,', ''), 'base64');
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const idat = png.indexOf('IDAT');
    const length = png.readUInt32BE(idat - 4);
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + length));
    const rows = [0, 1, 2].map((y) => [...raw.subarray(y * 9 + 1, y * 9 + 9)]);
    expect(rows.flat()).toEqual([...rgba]);
  });
});
