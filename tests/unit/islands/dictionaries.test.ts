/**
 * Every widget's labels (src/islands/<Name>/labels.ts, and shared/labels.ts for the shared
 * pieces): the same keys and placeholders in every language, nothing empty, nothing a widget
 * must never show. `astro check` already fails on a missing key; this catches the rest.
 */
import { describe, expect, it } from 'vitest';
import { languages } from '../../../src/i18n/locales';
import { placeholders } from '../../../src/i18n/t';

// A label is a string, or a list of strings (options of a choice).
type Table = Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;
const texts = (v: string | readonly string[] | undefined): readonly string[] =>
  v === undefined ? [''] : typeof v === 'string' ? [v] : v;
const modules = import.meta.glob<Record<string, Table>>('../../../src/islands/*/labels.ts', {
  eager: true,
});
const tables = Object.entries(modules).map(([path, mod]) => {
  const table = mod.labels ?? mod.commonLabels;
  return [path.replace(/^.*islands\/|\/labels\.ts$/g, ''), table] as const;
});

describe('island labels', () => {
  it('are found for the shared pieces and every widget', () => {
    expect(tables.map(([name]) => name)).toContain('shared');
    expect(tables.length).toBeGreaterThanOrEqual(11);
  });
  for (const [name, table] of tables) {
    it(`${name}: every language has the English keys, no empty string, the same placeholders`, () => {
      expect(table, `${name}/labels.ts exports labels (or commonLabels)`).toBeDefined();
      const en = table!.en!;
      for (const lang of languages) {
        const other = table![lang];
        expect(other, `${name} ${lang}`).toBeDefined();
        expect(Object.keys(other!).sort()).toEqual(Object.keys(en).sort());
        for (const [key, value] of Object.entries(en)) {
          const source = texts(value);
          const translated = texts(other![key]);
          expect(translated.length, `${name} ${lang} ${key}`).toBe(source.length);
          source.forEach((text, i) => {
            const t = translated[i] ?? '';
            expect(t.trim(), `${name} ${lang} ${key}`).not.toBe('');
            expect(placeholders(t), `${name} ${lang} ${key}`).toEqual(placeholders(text));
            expect(t, `${name} ${lang} ${key}`).not.toMatch(/NaN|undefined|Infinity/);
          });
        }
      }
    });
  }
});
