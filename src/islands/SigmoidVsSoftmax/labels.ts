/**
 * Labels of <SigmoidVsSoftmax>, passed to the island as `labels` by index.astro (only the page's language reaches the browser).
 * `en` is the source; `pt` and `ru` `satisfies` its type, so a missing or extra key fails `astro check`.
 * `{name}` is a placeholder filled by the island.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Sigmoid versus softmax',
  present: 'Present labels',
  sigmoid: 'Sigmoid (independent)',
  softmax: 'Softmax (competing)',
  bce: 'Binary cross-entropy, summed over labels: {value}',
  ce: 'Cross-entropy against the labels (shared evenly): {value}',
  ceNone: 'Cross-entropy needs at least one present label.',
  sums: 'Sigmoids sum to {s}; softmax sums to 1.',
  summary: 'Sigmoids {s}. Softmax {p}.',
};
export type SigmoidVsSoftmaxLabels = { readonly [K in keyof typeof en]: string };

const pt = {
  title: 'Sigmoide versus softmax',
  present: 'Rótulos presentes',
  sigmoid: 'Sigmoides (independentes)',
  softmax: 'Softmax (em competição)',
  bce: 'Entropia cruzada binária, somada sobre todos os rótulos: {value}',
  ce: 'Entropia cruzada em relação aos rótulos (alvo dividido igualmente): {value}',
  ceNone: 'A entropia cruzada precisa de pelo menos um rótulo presente.',
  sums: 'As sigmoides somam {s}; a softmax soma 1.',
  summary: 'Sigmoides {s}. Softmax {p}.',
} satisfies SigmoidVsSoftmaxLabels;

const ru = {
  title: 'Сигмоида против softmax',
  present: 'Какие метки присутствуют',
  sigmoid: 'Сигмоида (независимо)',
  softmax: 'Softmax (с конкуренцией)',
  bce: 'Бинарная перекрёстная энтропия, сумма по меткам: {value}',
  ce: 'Перекрёстная энтропия по меткам (поровну): {value}',
  ceNone: 'Чтобы посчитать перекрёстную энтропию, отметьте хотя бы одну метку.',
  sums: 'Сумма сигмоид\u00a0— {s}; сумма softmax\u00a0— 1.',
  summary: 'Сигмоиды {s}. Softmax {p}.',
} satisfies SigmoidVsSoftmaxLabels;

export const labels: Readonly<Record<Lang, SigmoidVsSoftmaxLabels>> = { en, pt, ru };
