import { describe, expect, it } from 'vitest';
import { islandDictionaries } from '../../../src/i18n/islands';
import { placeholders } from '../../../src/i18n/t';

const en = islandDictionaries.en;
const entries = (d: typeof en) =>
  Object.entries(d).flatMap(([group, labels]) => Object.entries(labels).map(([k, v]) => [`${group}.${k}`, v as string] as const));

describe('island labels', () => {
  for (const lang of ['pt', 'ru'] as const) {
    const other = new Map(entries(islandDictionaries[lang]));
    it(`${lang} has the English keys, no empty string, the same placeholders`, () => {
      expect([...other.keys()].sort()).toEqual(entries(en).map(([k]) => k).sort());
      for (const [key, text] of entries(en)) {
        const t = other.get(key) ?? '';
        expect(t.trim(), key).not.toBe('');
        expect(placeholders(t), key).toEqual(placeholders(text));
      }
    });
  }
  it('never contains words the islands must not show', () => {
    for (const lang of ['en', 'pt', 'ru'] as const) {
      for (const [key, text] of entries(islandDictionaries[lang])) expect(text, `${lang} ${key}`).not.toMatch(/NaN|undefined|Infinity/);
    }
  });
});
