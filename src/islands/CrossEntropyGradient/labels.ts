/**
 * Labels of <CrossEntropyGradient>, passed to the island as `labels` by index.astro (only the page's language reaches the browser).
 * `en` is the source; `pt` and `ru` `satisfies` its type, so a missing or extra key fails `astro check`.
 * `{name}` is a placeholder filled by the island.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Cross-entropy and its gradient',
  truth: 'True class',
  loss: 'Loss −log p_{k} = {value}',
  probs: 'Predicted p',
  target: 'Target y',
  gradient: 'Gradient p − y',
  summary: 'True class {k}. Loss {loss}. Gradient {list}.',
};
export type CrossEntropyGradientLabels = { readonly [K in keyof typeof en]: string };

const pt = {
  title: 'Entropia cruzada e seu gradiente',
  truth: 'Classe verdadeira',
  loss: 'Perda −log p_{k} = {value}',
  probs: 'p previsto',
  target: 'Alvo y',
  gradient: 'Gradiente p − y',
  summary: 'Classe verdadeira {k}. Perda {loss}. Gradiente {list}.',
} satisfies CrossEntropyGradientLabels;

const ru = {
  title: 'Перекрёстная энтропия и её градиент',
  truth: 'Правильный класс',
  loss: 'Потери −log p_{k} = {value}',
  probs: 'Предсказание p',
  target: 'Цель y',
  gradient: 'Градиент p − y',
  summary: 'Правильный класс {k}. Потери {loss}. Градиент {list}.',
} satisfies CrossEntropyGradientLabels;

export const labels: Readonly<Record<Lang, CrossEntropyGradientLabels>> = { en, pt, ru };
