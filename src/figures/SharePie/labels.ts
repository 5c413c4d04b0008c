import type { Lang } from '../../i18n/locales';

const en = {
  title: 'The shares as a pie',
  desc: 'A circle split into {n} slices, one per option: {list}. Together they fill the whole circle.',
  caption:
    'Softmax shares the whole (1, the full circle) among all options: a bigger score means a bigger slice, but every option keeps a slice.',
  item: '{name}: {p}',
  klass: 'Class {n}',
  animals: ['cat', 'dog', 'hen'],
  tableItem: 'Option',
  tableShare: 'Share',
  whole: 'total',
};
export type SharePieLabels = typeof en;

const pt = {
  title: 'As fatias numa pizza',
  desc: 'Um círculo dividido em {n} fatias, uma por opção: {list}. Juntas, elas preenchem o círculo inteiro.',
  caption:
    'A softmax reparte o todo (1, o círculo inteiro) entre todas as opções: pontuação maior, fatia maior, mas toda opção fica com um pedaço.',
  item: '{name}: {p}',
  klass: 'Classe {n}',
  animals: ['gato', 'cachorro', 'galinha'],
  tableItem: 'Opção',
  tableShare: 'Fatia',
  whole: 'total',
} satisfies SharePieLabels;

const ru = {
  title: 'Доли в виде круговой диаграммы',
  desc: 'Круг разделён на {n} секторов, по одному на каждый вариант: {list}. Вместе они заполняют весь круг.',
  caption:
    'Softmax делит целое (1, весь круг) между всеми вариантами: чем выше оценка, тем больше сектор, но свой сектор остаётся у каждого варианта.',
  item: '{name}: {p}',
  klass: 'Класс {n}',
  animals: ['кошка', 'собака', 'курица'],
  tableItem: 'Вариант',
  tableShare: 'Доля',
  whole: 'всего',
} satisfies SharePieLabels;

export const labels: Readonly<Record<Lang, SharePieLabels>> = { en, pt, ru };
