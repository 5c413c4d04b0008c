// en: A softmax policy: preferences h = W x, probabilities π = softmax(h), then a seeded
// en: draw of actions (left, right, up, down) from π.
// pt: Uma política softmax: preferências h = W x, probabilidades π = softmax(h) e um sorteio
// pt: de ações com semente fixa (esquerda, direita, cima, baixo) a partir de π.
// ru: Softmax-стратегия: предпочтения h = W x, вероятности π = softmax(h) и выбор действий
// ru: (влево, вправо, вверх, вниз) из π с фиксированным зерном генератора.
import { dot, mulberry32, sampleCategorical, softmax } from '~/lib/math';

const x = [1, 0, 1, 1];
const W = [
  [4, 2, 0, 0],
  [3, 1, 0.5, 0],
  [0, 5, 4, 0],
  [-1, 0, 0, 10],
];
const h = W.map((w) => dot(w, x));
const pi = softmax(h);
console.log('h =', h);
console.log('pi =', pi);

// en: mulberry32(seed) is a small seeded generator: the same draws on every run.
// en: sampleCategorical walks the cumulative sums of π until they pass a uniform number.
// pt: mulberry32(seed) é um pequeno gerador com semente: os mesmos sorteios a cada execução.
// pt: O sampleCategorical percorre as somas acumuladas de π até que passem de um número sorteado uniformemente.
// ru: mulberry32(seed) — маленький генератор с зерном: при каждом запуске те же выборки.
// ru: sampleCategorical идёт по накопленным суммам π, пока они не превысят равномерно распределённое случайное число.
const rng = mulberry32(0);
const counts = [0, 0, 0, 0];
const n = 100_000;
for (let i = 0; i < n; i++) counts[sampleCategorical(pi, rng)] += 1;

// en: Over many draws the frequencies approach π.
// pt: Com muitos sorteios, as frequências se aproximam de π.
// ru: На большом числе выборок частоты приближаются к π.
console.log('frequencies =', counts.map((c) => (c / n).toFixed(2)).join(' '));
