import { describe, expect, test } from 'vitest';
import { formatNumberList } from '../../../../src/lib/numbers';

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
