import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { entropy } from '../../../../src/lib/math/entropy';
import { logSoftmax } from '../../../../src/lib/math/logSoftmax';
import { softmax } from '../../../../src/lib/math/softmax';
import {
  conventionsFor,
  conventionTitle,
  errorModel,
  expectClose,
  expectConvention,
  generateLogits,
  reference,
  temperatureOf,
} from './reference';

const ref = reference();

describe('entropy: reference cases', () => {
  test.each(ref.cases.map((c) => [c.name, c] as const))(
    'matches %s (entropy of the softmax) within the error model',
    (_, c) => {
      const m = errorModel(c.logits, c.temperature, c.softmax);
      const H = entropy(softmax(c.logits, temperatureOf(c)));
      expectClose(H, c.entropy, m.entropy(c.logSoftmax, c.entropy), c.name);
    },
  );
  test.each(ref.large.map((c) => [c.name, c] as const))('matches the summary of %s', (_, c) => {
    const x = generateLogits(c.generator);
    const p = softmax(x);
    const m = errorModel(x, undefined, p);
    expectClose(
      entropy(p),
      c.summary.entropy,
      m.entropy(logSoftmax(x), c.summary.entropy),
      'entropy',
    );
  });
});

describe('entropy: conventions from the reference', () => {
  test.each(conventionsFor('entropy').map((c) => [conventionTitle(c), c] as const))(
    '%s',
    (_, c) => {
      expectConvention(c, () => entropy(c.args.p as number[]));
    },
  );
});

describe('entropy: conventions', () => {
  test('treats 0 · ln 0 as 0', () => {
    expect(entropy([1, 0, 0])).toBe(0);
    expect(entropy([0.5, 0, 0.5])).toBe(Math.LN2);
  });
  test('is measured in nats', () => {
    expect(entropy([0.5, 0.5])).toBe(Math.LN2);
  });
  test('returns 0 for empty input', () => {
    expect(entropy([])).toBe(0);
  });
  test('propagates NaN', () => {
    expect(entropy([0.5, NaN])).toBeNaN();
  });
});

describe('entropy: properties', () => {
  test('lies between 0 and ln n for any softmax output', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -30, max: 30, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (x) => {
          const H = entropy(softmax(x));
          return H >= 0 && H <= Math.log(x.length) * (1 + 1e-14) + 1e-15;
        },
      ),
    );
  });
});
