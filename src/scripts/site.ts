/**
 * The script every page loads (about 2 kB gzip with its imports): it remembers the reader's
 * language and level, points lesson links at the remembered level, records and shows which
 * lessons were read on this device, runs the theme switch, keeps the reader's place across
 * the switchers (./navigation.ts) and the glossary previews (./terms.ts).
 */
import { isLang } from '../i18n/locales';
import { isLevel, levels } from '../i18n/levels';
import { startNavigation } from './navigation';
import {
  rememberLang,
  rememberLevel,
  rememberTheme,
  rememberVisit,
  rememberedLevel,
  rememberedTheme,
  visited,
  type Theme,
} from './preferences';
import { startTerms } from './terms';

const root = document.documentElement;

// A lesson page records its level (reading a level is choosing it) and the visit.
const pageLevel = root.dataset.level;
const pageLesson = document.querySelector<HTMLElement>('article[data-lesson]')?.dataset.lesson;
if (isLevel(pageLevel)) {
  rememberLevel(pageLevel);
  if (pageLesson) rememberVisit(pageLesson, pageLevel);
}

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

// Progress: the depths of each lesson read on this device (lesson list, language index).
const seen = visited();
for (const el of document.querySelectorAll<HTMLElement>('[data-progress]')) {
  const done = levels.filter((l) => seen.has(`${el.dataset.progress}/${l}`));
  if (done.length === 0) continue;
  el.dataset.visited = done.join(' ');
  for (const label of el.querySelectorAll<HTMLElement>('[data-progress-label]')) {
    const names = done.map(
      (l) => el.querySelector<HTMLElement>(`.progress [data-level="${l}"]`)?.title ?? l,
    );
    label.textContent = ` (${(label.dataset.progressLabel ?? '{levels}').replace('{levels}', names.join(', '))})`;
  }
}

// Theme: system, light or dark (the inline head script applied the stored one already).
const switcher = document.querySelector<HTMLElement>('[data-theme-switcher]');
if (switcher) {
  const names = JSON.parse(switcher.dataset.names ?? '{}') as Record<Theme, string>;
  const button = switcher.querySelector('button[popovertarget]');
  const apply = (theme: Theme): void => {
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    for (const b of switcher.querySelectorAll<HTMLElement>('[data-theme-choice]')) {
      b.setAttribute('aria-pressed', String(b.dataset.themeChoice === theme));
    }
    button?.setAttribute(
      'aria-label',
      (switcher.dataset.label ?? '{current}').replace('{current}', names[theme]),
    );
  };
  apply(rememberedTheme());
  switcher.addEventListener('click', (e) => {
    const choice = (e.target as Element).closest<HTMLElement>('[data-theme-choice]')?.dataset
      .themeChoice as Theme | undefined;
    if (!choice) return;
    rememberTheme(choice);
    apply(choice);
    switcher.querySelector<HTMLElement>('[popover]')?.hidePopover?.();
  });
}

// Display math is a Tab stop only while it scrolls sideways: the HTML gives every equation
// tabindex="0" (so with no JavaScript a wide one is still reachable by keyboard,
// axe: scrollable-region-focusable); here an equation that fits leaves the Tab order, and
// every equation is checked again when the width changes.
const equations = document.querySelectorAll<HTMLElement>('.katex-display');
const checkEquations = (): void => {
  // Every width read first, then every attribute written: interleaved, each write would make
  // the next read lay the page out again.
  const wide = [...equations].map((el) => el.scrollWidth > el.clientWidth + 1);
  equations.forEach((el, i) => {
    if (wide[i]) el.tabIndex = 0;
    else if (document.activeElement !== el) el.removeAttribute('tabindex');
  });
};
if (equations.length > 0) {
  // Measured in the next frame, not now: reading scrollWidth here would force a layout of the
  // whole page inside this script (a long task on a formal page with 280 formulas), which the
  // frame then does anyway; and again once the fonts are in, as they change the widths.
  requestAnimationFrame(checkEquations);
  void document.fonts?.ready.then(() => requestAnimationFrame(checkEquations));
  let pending = 0;
  window.addEventListener('resize', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(checkEquations);
  });
}

startNavigation();
startTerms();
