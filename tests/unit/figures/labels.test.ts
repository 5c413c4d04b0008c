/**
 * Every figure's labels: pt and ru have the keys of en (also checked by `satisfies`), no empty
 * string, and the same {placeholders}, so a translated caption never loses a number.
 */
import { describe, expect, it } from 'vitest';

type Labels = Record<string, string | readonly string[]>;
const modules = import.meta.glob<Record<string, Record<'en' | 'pt' | 'ru', Labels>>>(
  '../../../src/figures/*/labels.ts',
  { eager: true },
);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();

describe('figure labels', () => {
  it('finds the figures', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(8);
  });
  for (const [path, mod] of Object.entries(modules)) {
    const name = path.split('/').at(-2) ?? path;
    const all = mod.labels ?? mod.frameLabels;
    it(`${name}: pt and ru have every key, non-empty, with the same placeholders as en`, () => {
      expect(all).toBeDefined();
      const en = all!.en;
      for (const lang of ['pt', 'ru'] as const) {
        const other = all![lang];
        expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
        for (const [key, value] of Object.entries(en)) {
          const v = other[key]!;
          if (Array.isArray(value)) {
            expect((v as readonly string[]).length, `${lang}.${key}`).toBe(value.length);
            continue;
          }
          expect(typeof v === 'string' && v.trim().length > 0, `${lang}.${key} is empty`).toBe(
            true,
          );
          expect(placeholders(v as string), `${lang}.${key}`).toEqual(
            placeholders(value as string),
          );
        }
      }
    });
  }
});
