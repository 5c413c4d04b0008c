/**
 * Labels of <LogitPlayground>, passed to the island as `labels` by index.astro (only the page's language reaches the browser).
 * `en` is the source; `pt` and `ru` `satisfies` its type, so a missing or extra key fails `astro check`.
 * `{name}` is a placeholder filled by the island.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Logit playground',
  slider: 'Logit {n}',
  softmax: 'Softmax probabilities',
  argmax: 'Argmax (one-hot)',
  summary: 'Probabilities {list}. Largest: class {k}.',
};
export type LogitPlaygroundLabels = { readonly [K in keyof typeof en]: string };

const pt = {
  title: 'Brincando com logitos',
  slider: 'Logito {n}',
  softmax: 'Probabilidades da softmax',
  argmax: 'Argmax (one-hot)',
  summary: 'Probabilidades {list}. A maior: classe {k}.',
} satisfies LogitPlaygroundLabels;

const ru = {
  title: 'Песочница логитов',
  slider: 'Логит {n}',
  softmax: 'Вероятности softmax',
  argmax: 'Argmax (one-hot)',
  summary: 'Вероятности {list}. Наибольшая\u00a0— у класса {k}.',
} satisfies LogitPlaygroundLabels;

export const labels: Readonly<Record<Lang, LogitPlaygroundLabels>> = { en, pt, ru };
