import { describe, expect, it } from 'vitest';
import {
  acceptedAnswers,
  asPrinted,
  checkKey,
  printed,
} from '../../../src/components/content/checkKey';
import { judgeAnswer } from '../../../src/components/content/checkAnswer';

describe('asPrinted', () => {
  it('reads a number back as <Num> prints it', () => {
    expect(asPrinted(0.93597, 3)).toBe(0.936);
    expect(asPrinted(-1.25, 1)).toBe(-1.3);
    expect(asPrinted(0.7856, 1, true)).toBeCloseTo(0.786, 15);
    expect(asPrinted(2, 0)).toBe(2);
  });
});

describe('checkKey', () => {
  it('evaluates the key with the exact and with the printed inputs', () => {
    const key = checkKey({ p: printed([0.26894, 0.73106], 3) }, ({ p }) => p[1]! - p[0]!);
    expect(key.exact).toBeCloseTo(0.46212, 12);
    expect(key.routes[0]!.fromPage).toBeCloseTo(0.462, 12);
  });

  it('keeps every way to the answer, in order', () => {
    const key = checkKey({ s: printed(0.17529, 3) }, ({ s }) => s * (1 - s)).or(
      { j: printed(0.14456, 3) },
      ({ j }) => j,
    );
    expect(key.routes.map((r) => r.fromPage)).toEqual([0.175 * 0.825, 0.145]);
    expect(acceptedAnswers(key)).toEqual([0.17529 * (1 - 0.17529), 0.175 * 0.825, 0.145]);
  });

  it('accepts a plain number as the only answer', () => {
    expect(acceptedAnswers(0.25)).toEqual([0.25]);
  });

  it('lets a reader who used the printed numbers pass, and one who did neither fail', () => {
    // σ₃ = 0.17529: exactly 0.1446 → "0.145"; from the printed 0.175 → 0.144375 → "0.144".
    const key = checkKey({ s: printed(0.17529, 3) }, ({ s }) => s * (1 - s));
    const answers = acceptedAnswers(key);
    expect(judgeAnswer('0.145', 'en', answers, 0.0005)).toEqual({ kind: 'correct' });
    expect(judgeAnswer('0,144', 'pt', answers, 0.0005)).toEqual({ kind: 'correct' });
    expect(judgeAnswer('0,143', 'ru', answers, 0.0005)).toEqual({ kind: 'incorrect' });
    // Without the key only the exact answer counts.
    expect(judgeAnswer('0.144', 'en', key.exact, 0.0005)).toEqual({ kind: 'incorrect' });
  });
});
