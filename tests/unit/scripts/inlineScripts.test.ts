/**
 * The inline redirect of `/` is plain ES5 with the language table baked in; it must choose
 * exactly what the typed `pickLanguage` / `rememberedLang` would.
 */
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languages, pickLanguage } from '../../../src/i18n/locales';
import { homeLanguageRedirect } from '../../../src/scripts/inlineScripts';

function redirect(stored: string | null, browser: string[], throws = false): string {
  let target = '';
  runInNewContext(homeLanguageRedirect.code, {
    localStorage: {
      getItem: () => {
        if (throws) throw new Error('SecurityError');
        return stored;
      },
    },
    navigator: { languages: browser, language: browser[0] },
    location: { search: '?q=1', hash: '#h', replace: (url: string) => (target = url) },
  });
  return target;
}

describe('homeLanguageRedirect', () => {
  it('opens the remembered language, keeping the query and hash', () => {
    expect(redirect('ru', ['en-US'])).toBe('ru/?q=1#h');
  });
  it('picks from the browser languages exactly as pickLanguage does', () => {
    const tag = fc.oneof(
      fc.constantFrom('pt-BR', 'PT', 'ru_RU', 'ru', 'en-GB', 'de-DE', 'zh', '', 'x-klingon'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(
        fc.array(tag, { minLength: 1, maxLength: 4 }),
        fc.option(fc.string()),
        (browser, stored) => {
          const expected = languages.includes(stored as never) ? stored : pickLanguage(browser);
          expect(redirect(stored, browser)).toBe(`${expected}/?q=1#h`);
        },
      ),
    );
  });
  it('survives storage that throws', () => {
    expect(redirect(null, ['pt-BR'], true)).toBe('pt/?q=1#h');
  });
  it('carries the CSP hash of its exact bytes', () => {
    const digest = createHash('sha256').update(homeLanguageRedirect.code).digest('base64');
    expect(homeLanguageRedirect.hash).toBe(`sha256-${digest}`);
  });
});
