import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Next-token shares before and after the cut',
  titleNoCut: 'Next-token shares',
  desc: 'After “{prompt}”, the share softmax gives each candidate word at temperature T = {t}: {before}. {cut}',
  descNoCut: 'Every candidate keeps a share; the entropy is {h} nats.',
  descCut:
    '{rule} keeps {n} of the {total} words, holding {mass} of the total; renormalised, their shares become {after}. The entropy falls from {h0} to {h1} nats.',
  caption:
    'Pale bars: the shares straight from softmax. Solid bars: the shares the sampler really uses after the cut, renormalised so that they add up to 1 again. Crossed-out words can no longer be drawn.',
  captionNoCut:
    'Each bar is the share softmax gives a word: the longer the bar, the more often sampling picks it. Greedy decoding would always pick the top one.',
  ruleK: 'Top-k with k = {k}',
  ruleP: 'Top-p with p = {p}',
  ruleMinP: 'Min-p with pmin = {p} (cut-off {cut})',
  then: ', then ',
  temperature: 'T = {t}',
  before: 'softmax',
  after: 'after the cut',
  dropped: 'dropped',
  token: 'word',
  tableBefore: 'share (softmax)',
  tableAfter: 'share after the cut',
};
export type NextTokenBarsLabels = typeof en;

const pt = {
  title: 'Fatias do próximo token antes e depois do corte',
  titleNoCut: 'Fatias do próximo token',
  desc: 'Depois de “{prompt}”, a fatia que a softmax dá a cada palavra candidata na temperatura T = {t}: {before}. {cut}',
  descNoCut: 'Toda candidata fica com uma fatia; a entropia é de {h} nats.',
  descCut:
    '{rule} mantém {n} das {total} palavras, que somam {mass} do total; renormalizadas, as fatias delas passam a ser {after}. A entropia cai de {h0} para {h1} nats.',
  caption:
    'Barras claras: as fatias que saem direto da softmax. Barras cheias: as fatias que o amostrador usa de fato depois do corte, renormalizadas para voltar a somar 1. As palavras riscadas não podem mais ser sorteadas.',
  captionNoCut:
    'Cada barra é a fatia que a softmax dá a uma palavra: quanto mais longa a barra, mais vezes a amostragem a escolhe. A decodificação gulosa escolheria sempre a de cima.',
  ruleK: 'Top-k com k = {k}',
  ruleP: 'Top-p com p = {p}',
  ruleMinP: 'Min-p com pmin = {p} (limiar {cut})',
  then: ' e depois ',
  temperature: 'T = {t}',
  before: 'softmax',
  after: 'depois do corte',
  dropped: 'cortada',
  token: 'palavra',
  tableBefore: 'fatia (softmax)',
  tableAfter: 'fatia depois do corte',
} satisfies NextTokenBarsLabels;

const ru = {
  title: 'Доли следующего токена до и после отсечения',
  titleNoCut: 'Доли следующего токена',
  desc: 'После «{prompt}» softmax при температуре T = {t} даёт словам-кандидатам доли {before}. {cut}',
  descNoCut: 'Доля есть у каждого кандидата; энтропия равна {h} нат.',
  descCut:
    '{rule}: остаётся {n} из {total} слов с общей долей {mass}; после перенормировки их доли равны {after}. Энтропия падает с {h0} до {h1} нат.',
  caption:
    'Бледные полосы\u00a0— доли прямо из softmax. Насыщенные\u00a0— доли, по которым сэмплер на самом деле выбирает после отсечения: они перенормированы и снова дают в сумме 1. Зачёркнутые слова выпасть уже не могут.',
  captionNoCut:
    'Каждая полоса\u00a0— доля, которую softmax отдаёт слову: чем длиннее полоса, тем чаще сэмплирование выбирает это слово. Жадное декодирование всегда выбирало бы верхнее.',
  ruleK: 'Top-k с k = {k}',
  ruleP: 'Top-p с p = {p}',
  ruleMinP: 'Min-p с pmin = {p} (порог {cut})',
  then: ', затем ',
  temperature: 'T = {t}',
  before: 'softmax',
  after: 'после отсечения',
  dropped: 'отброшено',
  token: 'слово',
  tableBefore: 'доля (softmax)',
  tableAfter: 'доля после отсечения',
} satisfies NextTokenBarsLabels;

export const labels: Readonly<Record<Lang, NextTokenBarsLabels>> = { en, pt, ru };
