import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Softmax in three stages',
  desc: 'Logits {logits} become exponentials {exps}, which add up to {sum}; dividing each by that sum gives the shares {shares}, which add up to 1.',
  caption:
    'Left to right: the raw scores, e raised to each score (always positive), and each exponential divided by their total. The order never changes; only the gaps grow.',
  logits: 'Logit z',
  exps: 'eᶻ',
  shares: 'Share',
  total: 'sum {value}',
  klass: 'Class {n}',
  animals: ['cat', 'dog', 'hen'],
  tableItem: 'Option',
};
export type SoftmaxStagesLabels = typeof en;

const pt = {
  title: 'A softmax em três etapas',
  desc: 'Os logitos {logits} viram as exponenciais {exps}, que somam {sum}; dividindo cada uma por essa soma, obtêm-se as fatias {shares}, que somam 1.',
  caption:
    'Da esquerda para a direita: as pontuações brutas, a exponencial de cada pontuação (sempre positiva) e cada exponencial dividida pelo total. A ordem nunca muda; só as distâncias crescem.',
  logits: 'Logito z',
  exps: 'eᶻ',
  shares: 'Fatia',
  total: 'soma {value}',
  klass: 'Classe {n}',
  animals: ['gato', 'cachorro', 'galinha'],
  tableItem: 'Opção',
} satisfies SoftmaxStagesLabels;

const ru = {
  title: 'Softmax в три шага',
  desc: 'Логиты {logits} превращаются в экспоненты {exps}, их сумма равна {sum}; разделив каждую на эту сумму, получаем доли {shares}, которые в сумме дают 1.',
  caption:
    'Слева направо: исходные оценки, e в степени каждой оценки (всегда положительное число) и каждая экспонента, делённая на их сумму. Порядок не меняется, растут только разрывы.',
  logits: 'Логит z',
  exps: 'eᶻ',
  shares: 'Доля',
  total: 'сумма {value}',
  klass: 'Класс {n}',
  animals: ['кошка', 'собака', 'курица'],
  tableItem: 'Вариант',
} satisfies SoftmaxStagesLabels;

export const labels: Readonly<Record<Lang, SoftmaxStagesLabels>> = { en, pt, ru };
