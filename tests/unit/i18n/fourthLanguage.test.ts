/**
 * Proof that a language is one row of the locale table plus its dictionary files: with a German
 * row added to the table (and nothing else changed), number reading and writing, routing and the
 * dictionary registry all work for it. The mock replaces only src/i18n/localeTable.ts.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/i18n/localeTable', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/i18n/localeTable')>();
  return {
    ...original,
    locales: {
      ...original.locales,
      de: { tag: 'de', name: 'Deutsch', ogLocale: 'de_DE', dir: 'ltr', numberTag: 'de-DE' },
    },
  };
});

const { languages, isLang, pickLanguage } = await import('../../../src/i18n/locales');
const { formatNumber, formatNumberList, parseNumberList, formatPercent } =
  await import('../../../src/lib/numbers');
const { lessonPath, parsePath, translatePath, alternates } = await import('../../../src/routing');
const { dictionaryTable } = await import('../../../src/i18n/dictionaryTable');
const { de } = await import('../../fixtures/i18n/de');
const { en } = await import('../../../src/i18n/ui/en');

// The language code is not in the Lang union at compile time; that is the point of the test.
const DE = 'de' as never;

describe('a fourth language needs only its table row and dictionary files', () => {
  it('is a site language', () => {
    expect(languages).toContain('de');
    expect(isLang('de')).toBe(true);
    expect(pickLanguage(['de-AT', 'en'])).toBe('de');
  });
  it('writes and reads numbers with its own separators, derived from Intl', () => {
    expect(formatNumber(1000.5, DE, 1)).toBe('1000,5');
    expect(formatNumberList([2, -1, 0.5], DE, 1)).toBe('2; −1; 0,5');
    expect(formatPercent(0.786, DE, 1)).toMatch(/^78,6\s?%$/u);
    expect(parseNumberList('2; −1; 0,5', DE)).toEqual({ ok: true, values: [2, -1, 0.5] });
    expect(parseNumberList('1.000', DE)).toMatchObject({
      ok: false,
      error: { code: 'ambiguousGrouping' },
    });
  });
  it('gets routes, alternates and translated paths', () => {
    const path = lessonPath(DE, 'temperature', 'formal', '/');
    expect(path).toBe('/de/temperature/formal/');
    expect(parsePath(path, '/')).toMatchObject({
      lang: 'de',
      lesson: 'temperature',
      level: 'formal',
    });
    expect(translatePath('/en/temperature/formal/', DE, '/')).toBe('/de/temperature/formal/');
    expect(alternates('/en/temperature/formal/', '/').map((a) => a.lang)).toContain('de');
  });
  it('gets its dictionary from its file, and names the file when it is missing', () => {
    const modules = { './ui/en.ts': { en }, './ui/de.ts': { de } };
    const table = dictionaryTable<typeof en>(['en', DE], modules, 'src/i18n/ui');
    expect((table as Record<string, typeof en>).de?.['site.title']).toBe(
      `[de] ${en['site.title']}`,
    );
    expect(() => dictionaryTable(['en', DE], { './ui/en.ts': { en } }, 'src/i18n/ui')).toThrow(
      'src/i18n/ui/de.ts',
    );
  });
});
