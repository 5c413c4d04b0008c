import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Where the exponential stops working, per number format',
  desc: 'For each format, the range of logits x for which eˣ is a stored non-zero finite number: {ranges}. Below the left end eˣ rounds to 0; past the right end it overflows to infinity.',
  descMarks:
    'For each format, the range of logits x for which eˣ is a stored non-zero finite number: {ranges}. The logits {logits} lie past the right end in {count} of the {total} formats, so their exponentials overflow to infinity.',
  descRow: '{name} from {lo} to {hi}',
  caption:
    'Each bar spans the logits whose exponential a format can store. Left of a bar, eˣ becomes 0; right of it, ∞. The 16-bit formats give out long before float64 does. The axis is logarithmic on both sides of 0.',
  mark: 'z = {logits}',
  bits: '{n} bits',
  axis: 'logit x',
  format: 'Format',
  underflow: 'eˣ = 0 for x ≤',
  subnormal: 'eˣ subnormal for x <',
  overflow: 'eˣ = ∞ for x >',
  expOf: 'exp({z}) in the format',
  legendNormal: 'full precision',
  legendSubnormal: 'subnormal (fewer digits)',
};
export type ExpRangeLabels = typeof en;

const pt = {
  title: 'Onde a exponencial deixa de funcionar, formato por formato',
  desc: 'Para cada formato, o intervalo de logitos x em que eˣ é representável como número finito e não nulo: {ranges}. Abaixo do extremo esquerdo, eˣ é arredondado para 0; além do extremo direito, estoura para infinito.',
  descMarks:
    'Para cada formato, o intervalo de logitos x em que eˣ é representável como número finito e não nulo: {ranges}. Os logitos {logits} ficam além do extremo direito em {count} dos {total} formatos, e por isso as suas exponenciais estouram para infinito.',
  descRow: '{name} de {lo} a {hi}',
  caption:
    'Cada barra cobre os logitos cuja exponencial o formato consegue guardar. À esquerda da barra, eˣ vira 0; à direita, ∞. Os formatos de 16 bits chegam ao limite muito antes do float64. O eixo é logarítmico dos dois lados do 0.',
  mark: 'z = {logits}',
  bits: '{n} bits',
  axis: 'logito x',
  format: 'Formato',
  underflow: 'eˣ = 0 para x ≤',
  subnormal: 'eˣ subnormal para x <',
  overflow: 'eˣ = ∞ para x >',
  expOf: 'exp({z}) no formato',
  legendNormal: 'precisão total',
  legendSubnormal: 'subnormal (menos dígitos)',
} satisfies ExpRangeLabels;

const ru = {
  title: 'Где экспонента выходит за пределы каждого формата чисел',
  desc: 'Для каждого формата\u00a0— диапазон логитов x, при которых eˣ хранится как конечное ненулевое число: {ranges}. Левее левого края eˣ округляется до 0, правее правого\u00a0— переполняется до бесконечности.',
  descMarks:
    'Для каждого формата\u00a0— диапазон логитов x, при которых eˣ хранится как конечное ненулевое число: {ranges}. Логиты {logits} лежат правее правого края в {count} из {total} форматов, поэтому их экспоненты переполняются до бесконечности.',
  descRow: '{name} от {lo} до {hi}',
  caption:
    'Каждая полоса охватывает логиты, экспоненту которых формат может сохранить. Левее полосы eˣ становится 0, правее\u00a0— ∞. 16-битные форматы сдаются намного раньше float64. Ось логарифмическая по обе стороны от 0.',
  mark: 'z = {logits}',
  bits: '{n} бит',
  axis: 'логит x',
  format: 'Формат',
  underflow: 'eˣ = 0 при x ≤',
  subnormal: 'eˣ\u00a0— субнормальное число при x <',
  overflow: 'eˣ = ∞ при x >',
  expOf: 'exp({z}) в этом формате',
  legendNormal: 'полная точность',
  legendSubnormal: 'субнормальные (меньше цифр)',
} satisfies ExpRangeLabels;

export const labels: Readonly<Record<Lang, ExpRangeLabels>> = { en, pt, ru };
