import type { Lang } from '../../i18n/locales';

const en = {
  title: 'The loss −log p',
  desc: 'The cross-entropy loss −log p against the probability p that the model gave the true class, for p from {pMin} to 1. The loss is 0 at p = 1 and grows without bound as p approaches 0. Marked: {marks}.',
  caption:
    'Being confidently right costs almost nothing; being confidently wrong costs a lot. The curve is steepest near 0, so the worst mistakes get the strongest correction.',
  x: 'probability of the true class, p',
  y: 'loss −log p',
  mark: 'true class {k}: p = {p}, loss = {loss}',
  short: 'class {k}',
  tableClass: 'True class',
  tableP: 'p',
  tableLoss: 'Loss',
};
export type NegLogCurveLabels = typeof en;

const pt = {
  title: 'A perda −log p',
  desc: 'A perda de entropia cruzada −log p em função da probabilidade p que o modelo deu à classe verdadeira, para p de {pMin} a 1. A perda é 0 em p = 1 e cresce sem limite quando p se aproxima de 0. Pontos marcados: {marks}.',
  caption:
    'Acertar com confiança quase não custa nada; errar com confiança custa caro. A curva é mais íngreme perto de 0, então os piores erros recebem a correção mais forte.',
  x: 'probabilidade da classe verdadeira, p',
  y: 'perda −log p',
  mark: 'classe verdadeira {k}: p = {p}, perda = {loss}',
  short: 'classe {k}',
  tableClass: 'Classe verdadeira',
  tableP: 'p',
  tableLoss: 'Perda',
} satisfies NegLogCurveLabels;

const ru = {
  title: 'Функция потерь −log p',
  desc: 'Перекрёстная энтропия −log p в зависимости от вероятности p, которую модель дала верному классу, при p от {pMin} до 1. При p = 1 потери равны 0, а при p → 0 неограниченно растут. Отмечены: {marks}.',
  caption:
    'Уверенно правильный ответ почти ничего не стоит, уверенно неправильный стоит дорого. Кривая круче всего около 0, поэтому худшие ошибки исправляются сильнее всего.',
  x: 'вероятность верного класса p',
  y: 'потери −log p',
  mark: 'верный класс {k}: p = {p}, потери = {loss}',
  short: 'класс {k}',
  tableClass: 'Верный класс',
  tableP: 'p',
  tableLoss: 'Потери',
} satisfies NegLogCurveLabels;

export const labels: Readonly<Record<Lang, NegLogCurveLabels>> = { en, pt, ru };
