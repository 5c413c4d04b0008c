/**
 * Labels of <SoftmaxPolicy>, passed to the island as `labels` by index.astro (only the page's language reaches the browser).
 * `en` is the source; `pt` and `ru` `satisfies` its type, so a missing or extra key fails `astro check`.
 * `{name}` is a placeholder filled by the island.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  title: 'A softmax policy',
  preferences: 'Action preferences',
  slider: 'Temperature T',
  action: 'Action {n}',
  sample: 'Sample {n}',
  reset: 'Reset counts',
  probability: 'Probability',
  count: 'Count',
  frequency: 'Observed share',
  total: 'Samples drawn: {n}',
  summary: 'Samples: {n}. Observed shares {list}; probabilities {p}.',
  full: 'The counts stop at {n} draws: reset them to draw more.',
};
export type SoftmaxPolicyLabels = { readonly [K in keyof typeof en]: string };

const pt = {
  title: 'Uma política softmax',
  preferences: 'Preferências das ações',
  slider: 'Temperatura T',
  action: 'Ação {n}',
  sample: 'Sortear {n}',
  reset: 'Zerar contagens',
  probability: 'Probabilidade',
  count: 'Contagem',
  frequency: 'Fração observada',
  total: 'Sorteios feitos: {n}',
  summary: 'Sorteios: {n}. Frações observadas {list}; probabilidades {p}.',
  full: 'O limite é de {n} sorteios: zere as contagens para sortear mais.',
} satisfies SoftmaxPolicyLabels;

const ru = {
  title: 'Softmax-стратегия',
  preferences: 'Предпочтения действий',
  slider: 'Температура T',
  action: 'Действие {n}',
  sample: 'Жребий ×{n}',
  reset: 'Сбросить счётчики',
  probability: 'Вероятность',
  count: 'Сколько раз',
  frequency: 'Наблюдаемая доля',
  total: 'Бросков жребия: {n}',
  summary: 'Бросков: {n}. Наблюдаемые доли {list}, вероятности {p}.',
  full: 'Предел\u00a0— {n} бросков жребия: сбросьте счётчики, чтобы продолжить.',
} satisfies SoftmaxPolicyLabels;

export const labels: Readonly<Record<Lang, SoftmaxPolicyLabels>> = { en, pt, ru };
