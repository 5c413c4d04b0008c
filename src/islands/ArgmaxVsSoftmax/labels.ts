/**
 * Labels of <ArgmaxVsSoftmax>, passed to the island as `labels` by index.astro (only the page's language reaches the browser).
 * `en` is the source; `pt` and `ru` `satisfies` its type, so a missing or extra key fails `astro check`.
 * `{name}` is a placeholder filled by the island.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Argmax versus softmax',
  which: 'Logit to move',
  slider: 'Value of logit {n}',
  softmax: 'Softmax',
  argmax: 'Argmax (one-hot)',
  plot: 'Probability of class {n} as logit {n} varies: softmax is a smooth curve, argmax a step.',
  gradSoftmax: 'Slope of softmax here: {value}',
  gradArgmax: 'Slope of argmax here: 0 (flat)',
  summary: 'Logit {n} = {value}: softmax gives class {n} {p}; argmax gives {a}.',
};
export type ArgmaxVsSoftmaxLabels = { readonly [K in keyof typeof en]: string };

const pt = {
  title: 'Argmax versus softmax',
  which: 'Logito que você vai mover',
  slider: 'Valor do logito {n}',
  softmax: 'Softmax',
  argmax: 'Argmax (one-hot)',
  plot: 'Probabilidade da classe {n} conforme o logito {n} varia: a softmax é uma curva suave; o argmax, um degrau.',
  gradSoftmax: 'Inclinação da softmax aqui: {value}',
  gradArgmax: 'Inclinação do argmax aqui: 0 (plano)',
  summary: 'Logito {n} = {value}: a softmax dá à classe {n} {p}; o argmax dá {a}.',
} satisfies ArgmaxVsSoftmaxLabels;

const ru = {
  title: 'Argmax против softmax',
  which: 'Какой логит двигать',
  slider: 'Значение логита {n}',
  softmax: 'Softmax',
  argmax: 'Argmax (one-hot)',
  plot: 'Вероятность класса {n} в зависимости от логита {n}: у softmax\u00a0— плавная кривая, у argmax\u00a0— ступенька.',
  gradSoftmax: 'Наклон softmax в этой точке: {value}',
  gradArgmax: 'Наклон argmax в этой точке: 0 (плоско)',
  summary: 'Логит {n} = {value}: softmax даёт классу {n} {p}, argmax\u00a0— {a}.',
} satisfies ArgmaxVsSoftmaxLabels;

export const labels: Readonly<Record<Lang, ArgmaxVsSoftmaxLabels>> = { en, pt, ru };
