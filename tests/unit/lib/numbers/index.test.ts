import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { describeJsdocExamples } from '../../../support/jsdocExamples';

const SRC = new URL('../../../../src/lib/numbers/', import.meta.url);

describe('numbers: documentation examples', () => {
  describeJsdocExamples(
    SRC,
    import.meta.glob<Record<string, unknown>>('../../../../src/lib/numbers/*.ts', { eager: true }),
    15,
  );
});

describe('numbers: no language is special-cased', () => {
  test('no file compares a language code (conventions come from the locale table and Intl)', () => {
    for (const f of readdirSync(SRC).filter((x) => x.endsWith('.ts'))) {
      expect(readFileSync(new URL(f, SRC), 'utf8'), f).not.toMatch(
        /[!=]==?\s*'(en|pt|ru)'|'(en|pt|ru)'\s*[!=]==?/u,
      );
    }
  });
});
