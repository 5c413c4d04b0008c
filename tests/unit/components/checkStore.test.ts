import { describe, expect, it } from 'vitest';
import {
  MAX_SAVED_LENGTH,
  parseCheckStore,
  restoredCheck,
  withCheck,
} from '../../../src/components/content/checkStore';

const PAGE = 'pt/temperature/formal';
const good = { value: '0,79', verdict: 'correct' as const, answer: '0.7856 0.786' };

describe('parseCheckStore', () => {
  it('reads back what withCheck wrote', () => {
    const store = withCheck(withCheck({}, PAGE, '1', good), PAGE, '2', {
      ...good,
      value: '3',
      verdict: 'incorrect',
    });
    const back = parseCheckStore(JSON.stringify(store));
    expect(back).toEqual(store);
    expect(restoredCheck(back, PAGE, '1', good.answer)).toEqual(good);
    expect(restoredCheck(back, PAGE, '2', good.answer)?.verdict).toBe('incorrect');
  });
  it('reads nothing from nothing or from garbage, without throwing', () => {
    for (const raw of [
      null,
      undefined,
      '',
      'not json',
      '{',
      '[]',
      '[1,2]',
      'null',
      '42',
      '"x"',
      'true',
    ])
      expect(parseCheckStore(raw), String(raw)).toEqual({});
  });
  it('drops malformed entries one by one and keeps the good ones', () => {
    const raw = JSON.stringify({
      [PAGE]: {
        '1': good,
        '2': { value: 5, verdict: 'correct', answer: '1' },
        '3': { value: '1', verdict: 'maybe', answer: '1' },
        '4': { value: '1', verdict: 'correct' },
        '5': null,
        '6': ['x'],
        '7': { value: 'x'.repeat(MAX_SAVED_LENGTH + 1), verdict: 'correct', answer: '1' },
      },
      'en/a/intuitive': 'garbage',
      'en/b/intuitive': [],
      'en/c/intuitive': {},
    });
    expect(parseCheckStore(raw)).toEqual({ [PAGE]: { '1': good } });
  });
  it('is not fooled by a __proto__ key', () => {
    const store = parseCheckStore(`{"__proto__": {"1": ${JSON.stringify(good)}}}`);
    expect(Object.getPrototypeOf(store)).toBe(Object.prototype);
    expect(restoredCheck(store, 'toString', '1', good.answer)).toBeUndefined();
  });
});

describe('restoredCheck', () => {
  const store = withCheck({}, PAGE, '1', good);
  it('gives the answer saved for the same question', () => {
    expect(restoredCheck(store, PAGE, '1', good.answer)?.value).toBe('0,79');
  });
  it('gives nothing for another page, position, or a question whose answer changed', () => {
    expect(restoredCheck(store, 'en/temperature/formal', '1', good.answer)).toBeUndefined();
    expect(restoredCheck(store, PAGE, '2', good.answer)).toBeUndefined();
    expect(restoredCheck(store, PAGE, '1', '0.5')).toBeUndefined();
    expect(restoredCheck(store, PAGE, 'constructor', good.answer)).toBeUndefined();
  });
});

describe('withCheck', () => {
  it('replaces an earlier answer to the same question and keeps the others', () => {
    const a = withCheck(withCheck({}, PAGE, '1', good), 'en/x/formal', '1', good);
    const b = withCheck(a, PAGE, '1', { ...good, value: '0,8', verdict: 'incorrect' });
    expect(b[PAGE]?.['1']?.value).toBe('0,8');
    expect(b['en/x/formal']?.['1']).toEqual(good);
    expect(a[PAGE]?.['1']?.value).toBe('0,79');
  });
  it('does not keep a value too long to be a number', () => {
    const long = { ...good, value: '1'.repeat(MAX_SAVED_LENGTH + 1) };
    expect(withCheck({}, PAGE, '1', long)).toEqual({});
  });
});
