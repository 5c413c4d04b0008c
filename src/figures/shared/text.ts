/**
 * Text helpers for figures: numbers in the page's language and `{name}` placeholders.
 * Pure (no Astro), so data functions and tests can use them too.
 */
import { formatNumber } from '../../lib/numbers';
import type { Lang } from '../../i18n/locales';

/**
 * A number formatter for one language, as <Num> prints numbers (decimal comma in pt/ru,
 * real minus sign, trailing zeros dropped).
 *
 * @example numberFormat('pt', 3)(0.7856) // '0,786'
 */
export function numberFormat(lang: Lang, digits = 3): (value: number) => string {
  return (value) => formatNumber(value, lang, digits);
}

const PERCENT_TAGS: Readonly<Record<Lang, string>> = { en: 'en-US', pt: 'pt-BR', ru: 'ru-RU' };

/**
 * A percentage formatter for one language, as <Num percent> prints it.
 *
 * @example percentFormat('en', 0)(0.786) // '79%'
 */
export function percentFormat(lang: Lang, digits = 0): (value: number) => string {
  const f = new Intl.NumberFormat(PERCENT_TAGS[lang], {
    style: 'percent',
    maximumFractionDigits: digits,
  });
  return (value) => f.format(value).replace(/-/gu, '\u2212');
}

/**
 * Replaces `{name}` placeholders; an unknown name stays visible so a typo shows on the page.
 *
 * @example fill('Class {n}', { n: 3 }) // 'Class 3'
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/**
 * A short, stable id for a figure's title/description (same input → same id, so builds are
 * reproducible; different figures on one page get different ids).
 *
 * @example figureId('SoftmaxStages', 'some title') // 'fig-softmaxstages-…'
 */
export function figureId(name: string, text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return `fig-${name.toLowerCase()}-${(h >>> 0).toString(36)}`;
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/**
 * A non-negative integer in Unicode subscript digits, for labels such as p₁ in SVG text.
 *
 * @example subscript(12) // '₁₂'
 */
export function subscript(n: number): string {
  return String(Math.trunc(Math.abs(n))).replace(/\d/gu, (d) => SUBSCRIPTS[Number(d)] ?? d);
}
