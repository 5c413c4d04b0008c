import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Probabilities and entropy across temperatures',
  desc: 'For the logits {logits}, the probability of each class as the temperature T goes from {from} to {to} on a logarithmic axis, and the entropy H below it. At low T class 1 takes almost everything and H is near 0; at high T the three probabilities approach one third and H approaches {hMax}. Marked: {marks}.',
  caption:
    'Cold (left) sharpens the distribution towards argmax; hot (right) flattens it towards uniform. The order of the classes never changes, and the entropy only grows with T.',
  p: 'probability',
  h: 'entropy H (nats)',
  t: 'temperature T (log scale)',
  hMax: 'ln {n}',
  series: 'p{n}',
  mark: 'T = {t}: p = {p}, H = {h}',
  tableT: 'T',
  tableH: 'H',
};
export type TemperatureSweepLabels = typeof en;

const pt = {
  title: 'Probabilidades e entropia ao longo das temperaturas',
  desc: 'Para os logitos {logits}, a probabilidade de cada classe enquanto a temperatura T vai de {from} a {to} num eixo logarítmico, e a entropia H abaixo. Com T baixa, a classe 1 fica com quase tudo e H é quase 0; com T alta, as três probabilidades se aproximam de um terço e H se aproxima de {hMax}. Temperaturas marcadas: {marks}.',
  caption:
    'A temperatura baixa (à esquerda) concentra a distribuição, aproximando-a do argmax; a alta (à direita) a achata, aproximando-a da uniforme. A ordem das classes nunca muda, e a entropia só cresce com T.',
  p: 'probabilidade',
  h: 'entropia H (nats)',
  t: 'temperatura T (escala log)',
  hMax: 'ln {n}',
  series: 'p{n}',
  mark: 'T = {t}: p = {p}, H = {h}',
  tableT: 'T',
  tableH: 'H',
} satisfies TemperatureSweepLabels;

const ru = {
  title: 'Вероятности и энтропия при разных температурах',
  desc: 'Для логитов {logits}: вероятность каждого класса при температуре T от {from} до {to} на логарифмической оси и энтропия H под ней. При малой T класс 1 забирает почти всё, и H близка к 0; при большой T все три вероятности стремятся к 1/3, а H\u00a0— к {hMax}. Отмечены: {marks}.',
  caption:
    'Холод (слева) заостряет распределение, приближая его к argmax; жар (справа) сглаживает его до равномерного. Порядок классов не меняется, а энтропия с ростом T только растёт.',
  p: 'вероятность',
  h: 'энтропия H (наты)',
  t: 'температура T (лог. шкала)',
  hMax: 'ln {n}',
  series: 'p{n}',
  mark: 'T = {t}: p = {p}, H = {h}',
  tableT: 'T',
  tableH: 'H',
} satisfies TemperatureSweepLabels;

export const labels: Readonly<Record<Lang, TemperatureSweepLabels>> = { en, pt, ru };
