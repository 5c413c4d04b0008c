import type { Lang } from '../../i18n/locales';

const en = {
  title: 'The causal mask: no weight on later words',
  desc: 'Attention weights without the mask: {without}. With the causal mask, each word may only look at itself and earlier words: {with}. The {zeros} masked weights are exactly 0 and every row still sums to 1.',
  caption:
    'Left: every word looks at every word. Right: the scores of later words are replaced by −∞ before the softmax, so their weights are exactly zero (hatched), and what remains of each row is spread again over the allowed words.',
  without: 'Without mask',
  with: 'Causal mask',
  words: ['cats', 'chase', 'mice'],
  token: 'token ',
  row: 'Word',
  rowSum: 'Row sum',
  hatched: 'hatched: score −∞, weight 0',
  rows: 'each row still sums to 1',
};
export type CausalMaskLabels = typeof en;

const pt = {
  title: 'A máscara causal: nenhum peso nas palavras seguintes',
  desc: 'Pesos de atenção sem a máscara: {without}. Com a máscara causal, cada palavra só pode olhar para si mesma e para as anteriores: {with}. Os {zeros} pesos mascarados valem exatamente 0, e cada linha continua somando 1.',
  caption:
    'À esquerda: cada palavra olha para todas. À direita: as pontuações das palavras seguintes são trocadas por −∞ antes da softmax, então os seus pesos são exatamente zero (hachurados), e o resto de cada linha é redistribuído entre as palavras permitidas.',
  without: 'Sem máscara',
  with: 'Máscara causal',
  words: ['gatos', 'caçam', 'ratos'],
  token: 'token ',
  row: 'Palavra',
  rowSum: 'Soma da linha',
  hatched: 'hachurado: pontuação −∞, peso 0',
  rows: 'cada linha continua somando 1',
} satisfies CausalMaskLabels;

const ru = {
  title: 'Каузальная маска: следующие слова не получают веса',
  desc: 'Веса внимания без маски: {without}. С каузальной маской каждое слово может смотреть только на себя и на предыдущие слова: {with}. Замаскированные веса ({zeros}) равны ровно 0, и сумма каждой строки по-прежнему равна 1.',
  caption:
    'Слева: каждое слово смотрит на все слова. Справа: оценки следующих слов перед softmax заменены на −∞, поэтому их веса равны ровно нулю (заштрихованы), а остаток каждой строки заново распределяется между разрешёнными словами.',
  without: 'Без маски',
  with: 'Каузальная маска',
  words: ['кошки', 'ловят', 'мышей'],
  token: 'токен ',
  row: 'Слово',
  rowSum: 'Сумма строки',
  hatched: 'штриховка: оценка −∞, вес 0',
  rows: 'сумма строки по-прежнему 1',
} satisfies CausalMaskLabels;

export const labels: Readonly<Record<Lang, CausalMaskLabels>> = { en, pt, ru };
