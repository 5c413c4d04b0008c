import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { formatNumberList, parseNumberList } from '../../../../src/lib/numbers';

describe('formatNumberList', () => {
  test('separates English values with ", "', () => {
    expect(formatNumberList([0.7856, 0.0391, 0.1753], 'en', 2)).toBe('0.79, 0.04, 0.18');
  });
  test('separates Portuguese and Russian values with "; "', () => {
    expect(formatNumberList([0.7856, -0.0391], 'pt', 2)).toBe('0,79; \u22120,04');
    expect(formatNumberList([0.5, 0.25], 'ru', 2)).toBe('0,5; 0,25');
  });
  test('accepts a Float64Array and an empty list', () => {
    expect(formatNumberList(new Float64Array([1, 2]), 'en', 0)).toBe('1, 2');
    expect(formatNumberList([], 'en', 3)).toBe('');
  });
  test('prints non-finite values as an em dash', () => {
    expect(formatNumberList([NaN, 1], 'en', 1)).toBe('\u2014, 1');
  });
});

describe('formatNumberList, uniform', () => {
  it('pads every entry to the precision of the longest, never beyond digits', () => {
    expect(formatNumberList([0.09, 0.245, 0.665], 'en', 3, { uniform: true })).toBe(
      '0.090, 0.245, 0.665',
    );
    expect(formatNumberList([2, -1, 0.5], 'pt', 3, { uniform: true })).toBe('2,0; −1,0; 0,5');
    expect(formatNumberList([1, 0, 0], 'ru', 3, { uniform: true })).toBe('1; 0; 0');
    expect(formatNumberList([0.5, NaN], 'en', 3, { uniform: true })).toBe('0.5, —');
  });
  it('parses back to the same values as the plain list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('en', 'pt', 'ru'),
        (xs, l) => {
          const plain = parseNumberList(formatNumberList(xs, l, 3), l);
          const uniform = parseNumberList(formatNumberList(xs, l, 3, { uniform: true }), l);
          expect(uniform).toEqual(plain);
        },
      ),
    );
  });
});
