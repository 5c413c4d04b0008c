import { describe, expect, it } from 'vitest';
import { defaultTolerance, judgeAnswer } from '../../../src/components/content/checkAnswer';

const p3 = 0.1752903921400367;

describe('judgeAnswer', () => {
  it('accepts an answer within half a unit of the last digit', () => {
    expect(judgeAnswer('0.18', 'en', p3, defaultTolerance(2))).toEqual({ kind: 'correct' });
    expect(judgeAnswer('0.175', 'en', p3, defaultTolerance(2))).toEqual({ kind: 'correct' });
  });
  it('rejects an answer just outside the tolerance', () => {
    expect(judgeAnswer('0.17', 'en', p3, defaultTolerance(2))).toEqual({ kind: 'incorrect' });
  });
  it('reads the decimal comma in Portuguese and Russian', () => {
    expect(judgeAnswer('0,18', 'pt', p3, 0.005)).toEqual({ kind: 'correct' });
    expect(judgeAnswer(' 0,18 ', 'ru', p3, 0.005)).toEqual({ kind: 'correct' });
  });
  it('accepts a correctly rounded value on the edge despite binary rounding', () => {
    expect(judgeAnswer('0.34', 'en', 0.335, 0.005)).toEqual({ kind: 'correct' });
  });
  it('reports empty, non-numeric and several values with the parser error code', () => {
    expect(judgeAnswer('  ', 'en', p3, 0.005)).toEqual({ kind: 'invalid', code: 'empty' });
    expect(judgeAnswer('abc', 'en', p3, 0.005)).toEqual({ kind: 'invalid', code: 'notANumber' });
    expect(judgeAnswer('NaN', 'en', p3, 0.005)).toEqual({ kind: 'invalid', code: 'notANumber' });
    expect(judgeAnswer('0,1 0,2', 'pt', p3, 0.005)).toEqual({
      kind: 'invalid',
      code: 'tooManyValues',
    });
    expect(judgeAnswer('1e400', 'en', p3, 0.005)).toEqual({ kind: 'invalid', code: 'outOfRange' });
  });
  it('uses a custom tolerance', () => {
    expect(judgeAnswer('0.2', 'en', p3, 0.05)).toEqual({ kind: 'correct' });
  });
});
