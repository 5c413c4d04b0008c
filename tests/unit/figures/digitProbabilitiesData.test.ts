import { describe, expect, it } from 'vitest';
import { softmax } from '../../../src/lib/math';
import { digitProbabilitiesData } from '../../../src/figures/DigitProbabilities/data';
import { pixelPath } from '../../../src/figures/shared/pixelPath';

const blank = Array.from({ length: 784 }, () => 0);
const withInk = blank.map((_, i) => (i === 0 || i === 1 || i === 30 ? 1 : 0));

describe('digitProbabilitiesData', () => {
  const [right, wrong] = digitProbabilitiesData([
    { pixels: withInk, label: 2, logits: [0, 1, 5, 2, 0, 0, 0, 0, 0, 0] },
    { pixels: blank, label: 7, logits: [0, 0, 0, 0, 0, 0, 4, 3, 0, 0] },
  ]);

  it('uses the library softmax of the logits', () => {
    expect(right!.probabilities).toEqual(softmax([0, 1, 5, 2, 0, 0, 0, 0, 0, 0]));
  });

  it('names the two most probable digits, largest first', () => {
    expect(right!.top.map((t) => t.digit)).toEqual([2, 3]);
    expect(right!.top[0].p).toBeGreaterThan(right!.top[1].p);
    expect(wrong!.top.map((t) => t.digit)).toEqual([6, 7]);
  });

  it('marks a prediction right only when the argmax is the label', () => {
    expect(right!.correct).toBe(true);
    expect(wrong!.correct).toBe(false);
  });

  it('draws the ink as horizontal runs and a blank digit as nothing', () => {
    expect(right!.ink).toBe('M0 0h2v1h-2zM2 1h1v1h-1z');
    expect(wrong!.ink).toBe('');
  });

  it('rejects no digits, a wrong pixel count and a single logit', () => {
    expect(() => digitProbabilitiesData([])).toThrow(RangeError);
    expect(() => digitProbabilitiesData([{ pixels: [1], label: 0, logits: [0, 1] }])).toThrow(
      RangeError,
    );
    expect(() => digitProbabilitiesData([{ pixels: blank, label: 0, logits: [1] }])).toThrow(
      RangeError,
    );
  });
});

describe('pixelPath', () => {
  it('merges neighbouring kept cells of a row into one run', () => {
    expect(pixelPath([1, 1, 0, 1], 2, (v) => v > 0)).toBe('M0 0h2v1h-2zM1 1h1v1h-1z');
  });
  it('reads the picture from an offset', () => {
    expect(pixelPath([9, 9, 0, 1, 0, 0], 2, (v) => v === 1, 2)).toBe('M1 0h1v1h-1z');
  });
});
