import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Temperature moves softmax from a vertex of the simplex to its centre',
  desc: 'The triangle is the set of all probability distributions over three classes; each corner is a one-hot vector. For the logits {logits}, the curve traces softmax(z/T) as the temperature grows from {from} to {to}: it starts at the corner of class {k} (the limit T → 0) and ends at the centre (1/3, 1/3, 1/3) (the limit T → ∞). Marked: {marks}.',
  caption:
    'Each point of the triangle is a distribution over three classes. Cooling pushes softmax(z/T) to the corner of the largest logit, heating pulls it to the centre, and in between it never leaves the open triangle: every probability stays strictly positive.',
  vertex: 'class {n}',
  cold: 'T → 0',
  hot: 'T → ∞',
  mark: 'T = {t}',
  markDesc: 'T = {t}: {p}, entropy {h}',
  tableT: 'Temperature T',
  tableH: 'Entropy H',
};
export type SimplexPathLabels = typeof en;

const pt = {
  title: 'A temperatura leva a softmax de um vértice do simplex ao seu centro',
  desc: 'O triângulo é o conjunto de todas as distribuições de probabilidade sobre três classes; cada vértice é um vetor one-hot. Para os logitos {logits}, a curva percorre softmax(z/T) enquanto a temperatura cresce de {from} a {to}: ela parte do vértice da classe {k} (o limite T → 0) e termina no centro (1/3; 1/3; 1/3) (o limite T → ∞). Marcados: {marks}.',
  caption:
    'Cada ponto do triângulo é uma distribuição sobre três classes. Esfriar empurra softmax(z/T) para o vértice do maior logito, esquentar a puxa para o centro, e no caminho ela nunca sai do interior do triângulo: toda probabilidade continua estritamente positiva.',
  vertex: 'classe {n}',
  cold: 'T → 0',
  hot: 'T → ∞',
  mark: 'T = {t}',
  markDesc: 'T = {t}: {p}, entropia {h}',
  tableT: 'Temperatura T',
  tableH: 'Entropia H',
} satisfies SimplexPathLabels;

const ru = {
  title: 'Температура переводит softmax из вершины симплекса в его центр',
  desc: 'Треугольник\u00a0— это множество всех распределений вероятностей по трём классам; каждая его вершина\u00a0— one-hot-вектор. Для логитов {logits} кривая показывает softmax(z/T), пока температура растёт от {from} до {to}: она начинается в вершине класса {k} (предел при T → 0) и заканчивается в центре (1/3; 1/3; 1/3) (предел при T → ∞). Отмечены: {marks}.',
  caption:
    'Каждая точка треугольника\u00a0— распределение по трём классам. Охлаждение прижимает softmax(z/T) к вершине наибольшего логита, нагрев стягивает её к центру, а по дороге точка ни разу не выходит из внутренности треугольника: все вероятности остаются строго положительными.',
  vertex: 'класс {n}',
  cold: 'T → 0',
  hot: 'T → ∞',
  mark: 'T = {t}',
  markDesc: 'T = {t}: {p}, энтропия {h}',
  tableT: 'Температура T',
  tableH: 'Энтропия H',
} satisfies SimplexPathLabels;

export const labels: Readonly<Record<Lang, SimplexPathLabels>> = { en, pt, ru };
