import { describe, expect, it } from 'vitest';
import { weightPicturesData } from '../../../src/figures/WeightPictures/data';

/** Two classes on a 2 × 2 picture, pixel-major: w[j · 2 + k]. */
const weights = [1, -1, 0.5, 0, -0.25, 0.9, 0.05, 0];

describe('weightPicturesData', () => {
  const d = weightPicturesData(weights, 2, 2, 4);

  it('uses one scale for every class: the largest |w|', () => {
    expect(d.scale).toBe(1);
    expect(d.pictures.map((p) => [p.max, p.min])).toEqual([
      [1, -0.25],
      [0.9, -1],
    ]);
  });

  it('shades each pixel by sign and by |w| / scale rounded to the levels', () => {
    const [a, b] = d.pictures;
    // class 0: pixel 0 = 1 (level 4), pixel 1 = 0.5 (level 2), pixel 2 = −0.25 (level 1), pixel 3 ≈ 0 (blank)
    expect(a!.positive).toEqual(['', 'M1 0h1v1h-1z', '', 'M0 0h1v1h-1z']);
    expect(a!.negative).toEqual(['M0 1h1v1h-1z', '', '', '']);
    // class 1: pixel 0 = −1, pixel 2 = 0.9 (level 4), zeros blank
    expect(b!.positive).toEqual(['', '', '', 'M0 1h1v1h-1z']);
    expect(b!.negative).toEqual(['', '', '', 'M0 0h1v1h-1z']);
  });

  it('draws all-zero weights as blank pictures', () => {
    const z = weightPicturesData([0, 0, 0, 0], 1, 2, 3);
    expect(z.pictures[0]!.positive.join('') + z.pictures[0]!.negative.join('')).toBe('');
  });

  it('rejects a weight count that does not match the picture and fewer than one level', () => {
    expect(() => weightPicturesData([1, 2, 3], 2, 2)).toThrow(RangeError);
    expect(() => weightPicturesData(weights, 2, 2, 0)).toThrow(RangeError);
  });
});
