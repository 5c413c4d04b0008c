import type { Lang } from '../../i18n/locales';

const en = {
  title: 'The textbook softmax and the shifted one, stage by stage',
  desc: 'Computed in {format}. Naive: the logits {logits} give the exponentials {naiveExps}, the sum {naiveSum} and the probabilities {naiveP}. Shifted: subtracting the largest logit {m} gives {shiftedIn}, whose exponentials {shiftedExps} add up to {shiftedSum}, and the probabilities are {shiftedP}.',
  caption:
    'Same logits, same formula, one extra step. Without the shift every exponential is ∞ and ∞ / ∞ has no value; after it, every exponential lies between 0 and 1 and the sum between 1 and the number of classes. Every value is computed in {format}.',
  naive: 'Naive',
  shifted: 'Shifted by m = {m}',
  ok: 'correct',
  broken: 'NaN: no answer',
  stage: 'Stage',
  logits: 'z',
  shift: 'z − m',
  exp: 'eᶻ',
  expShifted: 'eᶻ⁻ᵐ',
  sum: 'sum',
  probabilities: 'p',
};
export type NaiveVsShiftedLabels = typeof en;

const pt = {
  title: 'A softmax dos livros e a deslocada, etapa por etapa',
  desc: 'Calculada em {format}. Ingênua: os logitos {logits} dão as exponenciais {naiveExps}, a soma {naiveSum} e as probabilidades {naiveP}. Deslocada: subtraindo o maior logito, {m}, obtém-se {shiftedIn}, cujas exponenciais {shiftedExps} somam {shiftedSum}, e as probabilidades são {shiftedP}.',
  caption:
    'Mesmos logitos, mesma fórmula, uma etapa a mais. Sem o deslocamento, toda exponencial é ∞, e ∞ / ∞ não tem valor; com ele, toda exponencial fica entre 0 e 1, e a soma, entre 1 e o número de classes. Todos os valores são calculados em {format}.',
  naive: 'Ingênua',
  shifted: 'Deslocada por m = {m}',
  ok: 'correto',
  broken: 'NaN: sem resposta',
  stage: 'Etapa',
  logits: 'z',
  shift: 'z − m',
  exp: 'eᶻ',
  expShifted: 'eᶻ⁻ᵐ',
  sum: 'soma',
  probabilities: 'p',
} satisfies NaiveVsShiftedLabels;

const ru = {
  title: 'Softmax из учебника и softmax со сдвигом, шаг за шагом',
  desc: 'Вычислено в {format}. Наивно: логиты {logits} дают экспоненты {naiveExps}, сумму {naiveSum} и вероятности {naiveP}. Со сдвигом: после вычитания наибольшего логита {m} получаем {shiftedIn}, экспоненты {shiftedExps} в сумме дают {shiftedSum}, а вероятности равны {shiftedP}.',
  caption:
    'Те же логиты, та же формула, один лишний шаг. Без сдвига каждая экспонента равна ∞, а у ∞ / ∞ нет значения; после сдвига каждая экспонента лежит между 0 и 1, а сумма\u00a0— между 1 и числом классов. Все значения вычислены в {format}.',
  naive: 'Наивно',
  shifted: 'Сдвиг на m = {m}',
  ok: 'верно',
  broken: 'NaN: ответа нет',
  stage: 'Шаг',
  logits: 'z',
  shift: 'z − m',
  exp: 'eᶻ',
  expShifted: 'eᶻ⁻ᵐ',
  sum: 'сумма',
  probabilities: 'p',
} satisfies NaiveVsShiftedLabels;

export const labels: Readonly<Record<Lang, NaiveVsShiftedLabels>> = { en, pt, ru };
