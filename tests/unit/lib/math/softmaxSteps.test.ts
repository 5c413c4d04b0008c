import { describe, expect, test } from 'vitest';
import { logSumExp } from '../../../../src/lib/math/logSumExp';
import { softmax } from '../../../../src/lib/math/softmax';
import { softmaxSteps } from '../../../../src/lib/math/softmaxSteps';
import { errorModel, expectAllClose, expectClose, reference, temperatureOf } from './reference';

const ref = reference();

describe('softmaxSteps: reference traces', () => {
  test.each(ref.cases.filter((c) => c.trace).map((c) => [c.name, c] as const))(
    'matches the trace of %s within the error model',
    (_, c) => {
      const m = errorModel(c.logits, c.temperature, c.softmax);
      const s = softmaxSteps(c.logits, temperatureOf(c));
      const t = c.trace!;
      expectClose(s.max, t.max, m.traceMax(t.max), 'max');
      expectAllClose(s.shifted, t.shifted, (i, e) => m.traceShifted(i, e), 'shifted');
      expectAllClose(s.exps, t.exps, (i, e) => m.traceExps(i, e), 'exps');
      expectClose(s.sum, t.sum, m.traceSum(t.sum), 'sum');
      expectAllClose(s.probabilities, c.softmax, (i) => m.softmax(i), 'probabilities');
      expect(s.argmax).toBe(c.argmax);
    },
  );
});

describe('softmaxSteps: consistency', () => {
  test.each(ref.cases.map((c) => [c.name, c] as const))(
    'gives the same probabilities and logSumExp as softmax/logSumExp for %s',
    (_, c) => {
      const s = softmaxSteps(c.logits, temperatureOf(c));
      expect(s.probabilities).toEqual(softmax(c.logits, temperatureOf(c)));
      expect(s.logSumExp).toBe(logSumExp(c.logits, temperatureOf(c)));
    },
  );
  test('shows the worked example step by step', () => {
    const s = softmaxSteps([2, -1, 0.5]);
    expect(s.temperature).toBe(1);
    expect(s.max).toBe(2);
    expect(s.shifted).toEqual([0, -3, -1.5]);
    expect(s.exps[0]).toBe(1);
    expect(s.exps[1]).toBe(Math.exp(-3));
    expect(s.sum).toBe(1 + Math.exp(-3) + Math.exp(-1.5));
  });
  test('reports the scaled maximum max/T with a temperature', () => {
    expect(softmaxSteps([2, -1, 0.5], { temperature: 0.5 }).max).toBe(4);
  });
  test('returns empty arrays, sum 0 and max −Infinity for empty input', () => {
    expect(softmaxSteps([])).toEqual({
      temperature: 1,
      argmax: -1,
      max: -Infinity,
      shifted: [],
      exps: [],
      sum: 0,
      probabilities: [],
      logSumExp: -Infinity,
    });
  });
  test('fills the trace with NaN when a logit is NaN or +Infinity, or all are −Infinity', () => {
    for (const x of [
      [1, NaN],
      [Infinity, 0],
      [-Infinity, -Infinity],
    ]) {
      const s = softmaxSteps(x);
      expect(s.probabilities.every(Number.isNaN)).toBe(true);
      expect(s.sum).toBeNaN();
      expect(s.logSumExp).toBe(logSumExp(x));
    }
  });
  test('throws a RangeError for an invalid temperature', () => {
    expect(() => softmaxSteps([1], { temperature: 0 })).toThrow(RangeError);
  });
});
