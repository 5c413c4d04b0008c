import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Attention as arrows and as a heat map',
  desc: 'Weights softmax(S / √{d}) for each word: {rows}. Every row sums to 1.',
  descRow: '{word} gives {weights} and looks most at {focus}',
  caption:
    'Left: each word sends a line to every word it looks at, thicker for a larger weight. Right: the same weights as a grid, one row per looking word. Rows sum to 1: every word splits one unit of attention.',
  words: ['cats', 'chase', 'mice'],
  token: 'token ',
  looks: 'word',
  at: 'looks at',
  heat: 'weights',
  rowSum: 'Row sum',
  rowsSum: 'each row sums to 1',
  widthNote: 'line width = weight',
};
export type AttentionMapLabels = typeof en;

const pt = {
  title: 'A atenção em setas e em mapa de calor',
  desc: 'Pesos softmax(S / √{d}) de cada palavra: {rows}. Cada linha soma 1.',
  descRow: '{word} dá {weights} e olha mais para {focus}',
  caption:
    'À esquerda: cada palavra traça uma linha até cada palavra para a qual olha, mais grossa quanto maior o peso. À direita: os mesmos pesos numa grade, uma linha por palavra que olha. As linhas somam 1: cada palavra reparte uma unidade de atenção.',
  words: ['gatos', 'caçam', 'ratos'],
  token: 'token ',
  looks: 'palavra',
  at: 'olha para',
  heat: 'pesos',
  rowSum: 'Soma da linha',
  rowsSum: 'cada linha soma 1',
  widthNote: 'espessura = peso',
} satisfies AttentionMapLabels;

const ru = {
  title: 'Внимание: стрелки и тепловая карта',
  desc: 'Веса softmax(S / √{d}) для каждого слова: {rows}. Сумма каждой строки равна 1.',
  descRow: '«{word}»: веса {weights}, больше всего внимания\u00a0— на «{focus}»',
  caption:
    'Слева: от каждого слова идёт линия к каждому слову, на которое оно смотрит; чем больше вес, тем линия толще. Справа: те же веса в таблице, по строке на каждое смотрящее слово. Сумма строки равна 1: каждое слово делит одну единицу внимания.',
  words: ['кошки', 'ловят', 'мышей'],
  token: 'токен ',
  looks: 'слово',
  at: 'смотрит на',
  heat: 'веса',
  rowSum: 'Сумма строки',
  rowsSum: 'сумма строки\u00a0— 1',
  widthNote: 'толщина = вес',
} satisfies AttentionMapLabels;

export const labels: Readonly<Record<Lang, AttentionMapLabels>> = { en, pt, ru };
