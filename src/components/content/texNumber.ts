import { formatNumber } from '../../lib/numbers';
import type { Lang } from '../../i18n/locales';

/**
 * A number for use inside TeX: locale-formatted, with the decimal comma braced
 * (`0{,}786`) so TeX does not add the space it puts after a punctuation comma,
 * and a TeX minus.
 *
 * @example texNumber(0.5, 'pt', 2) // '0{,}5'
 */
export function texNumber(value: number, lang: Lang, digits: number): string {
  return formatNumber(value, lang, digits)
    .replace(/\u2212/g, '-')
    .replace(/\u00a0|\u202f/g, '\\,')
    .replace(/,/g, '{,}');
}

/**
 * Fills `#0`, `#1`, … in a TeX string with locale-formatted numbers.
 *
 * @example fillTex('p_1 = #0', [0.786], 'en', 3) // 'p_1 = 0.786'
 */
export function fillTex(
  tex: string,
  values: readonly number[],
  lang: Lang,
  digits: number,
): string {
  return tex.replace(/#(\d+)/g, (_, i: string) => {
    const v = values[Number(i)];
    if (v === undefined || !Number.isFinite(v))
      throw new Error(`TeX placeholder #${i} has no finite value in: ${tex}`);
    return texNumber(v, lang, digits);
  });
}
