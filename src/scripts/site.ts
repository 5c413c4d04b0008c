/**
 * The only script every page loads (a few hundred bytes): it remembers the reader's
 * language and level, and points lesson links at the remembered level.
 */
import { isLang } from '../i18n/locales';
import { isLevel } from '../i18n/levels';
import { rememberLang, rememberLevel, rememberedLevel } from './preferences';

const root = document.documentElement;

// A lesson page records its level: reading a level is choosing it.
const pageLevel = root.dataset.level;
if (isLevel(pageLevel)) rememberLevel(pageLevel);

// Links to lessons from an index open the remembered level.
const level = rememberedLevel();
if (level) {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lesson-link]')) {
    a.href = a.href.replace(/\/(intuitive|mechanical|formal)\/$/, `/${level}/`);
  }
}

// Picking a language in the switcher is remembered for the next visit to /.
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang]')) {
  a.addEventListener('click', () => {
    const lang = a.dataset.lang;
    if (isLang(lang)) rememberLang(lang);
  });
}
