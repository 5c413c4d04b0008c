/**
 * Labels of <SimplexExplorer>, passed to the island as `labels` by index.astro (only the page's language reaches the browser).
 * `en` is the source; `pt` and `ru` `satisfies` its type, so a missing or extra key fails `astro check`.
 * `{name}` is a placeholder filled by the island.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  title: 'The probability simplex',
  intro:
    'Every distribution over three classes is a point of this triangle: the nearer a corner, the more probability that class gets. Drag the point, or focus it and use the arrow keys; the logits follow.',
  plot: 'Triangle of all distributions over three classes',
  handle: 'Point softmax(z) in the triangle',
  handleText: 'probabilities {list}',
  keys: 'Arrow keys move the point, Shift with an arrow moves it further, Home takes it to the centre. Dragging keeps the mean of the logits where it was: only their differences change.',
  centre: 'uniform',
  slider: 'Temperature T on the dotted path',
  probabilities: 'Probabilities at the point',
  logitsHeading: 'Logits that give this point',
  centred: 'shifted to sum to 0:',
  logp: 'shifted by −LSE(z), which gives log p:',
  line: 'So does z + c·1 for every real number c, that is, the same number added to all three logits (c = 1 gives {list}). These vectors form a line in logit space, and softmax sends the whole line to this one point: only the differences z₁ − z₃ = {d13} and z₂ − z₃ = {d23} matter.',
  path: 'The dotted curve is softmax(z/T) as T goes from {from} (near the corner of the largest logit) to {to} (near the centre). The hollow marker is T = {t}: {list}.',
  summary: 'Point {list}; logits with sum 0: {centred}.',
};
export type SimplexExplorerLabels = { readonly [K in keyof typeof en]: string };

const pt = {
  title: 'O simplex de probabilidades',
  intro:
    'Toda distribuição sobre três classes é um ponto deste triângulo: quanto mais perto de um vértice, mais probabilidade vai para aquela classe. Arraste o ponto, ou selecione-o e use as setas do teclado; os logitos acompanham.',
  plot: 'Triângulo de todas as distribuições sobre três classes',
  handle: 'Ponto softmax(z) no triângulo',
  handleText: 'probabilidades {list}',
  keys: 'As setas movem o ponto, Shift com uma seta dá passos maiores, Home leva ao centro. Ao arrastar, a média dos logitos fica onde estava: só as diferenças entre eles mudam.',
  centre: 'uniforme',
  slider: 'Temperatura T no caminho pontilhado',
  probabilities: 'Probabilidades no ponto',
  logitsHeading: 'Logitos que levam a este ponto',
  centred: 'deslocados para somar 0:',
  logp: 'deslocados por −LSE(z), o que dá log p:',
  line: 'O mesmo vale para z + c·1 com qualquer número real c, ou seja, somando o mesmo número aos três logitos (c = 1 dá {list}). Esses vetores formam uma reta no espaço dos logitos, e a softmax leva a reta inteira a este único ponto: só contam as diferenças z₁ − z₃ = {d13} e z₂ − z₃ = {d23}.',
  path: 'A curva pontilhada é softmax(z/T) enquanto T vai de {from} (perto do vértice do maior logito) a {to} (perto do centro). O marcador vazado é T = {t}: {list}.',
  summary: 'Ponto {list}; logitos com soma 0: {centred}.',
} satisfies SimplexExplorerLabels;

const ru = {
  title: 'Вероятностный симплекс',
  intro:
    'Любое распределение по трём классам\u00a0— точка этого треугольника: чем ближе она к вершине, тем больше вероятность этого класса. Перетащите точку или выберите её и нажимайте стрелки; логиты меняются вместе с ней.',
  plot: 'Треугольник всех распределений по трём классам',
  handle: 'Точка softmax(z) в треугольнике',
  handleText: 'вероятности {list}',
  keys: 'Стрелки двигают точку, стрелка с Shift\u00a0— дальше, Home возвращает её в центр. При перетаскивании среднее логитов не меняется: меняются только их разности.',
  centre: 'равномерное',
  slider: 'Температура T на пунктирном пути',
  probabilities: 'Вероятности в точке',
  logitsHeading: 'Логиты, которые дают эту точку',
  centred: 'со сдвигом к нулевой сумме:',
  logp: 'со сдвигом на −LSE(z), то есть log p:',
  line: 'Её же дают все векторы z + c·1 при любом вещественном c, то есть когда ко всем трём логитам прибавлено одно и то же число (при c = 1 получается {list}). Эти векторы образуют прямую в пространстве логитов, и softmax отображает всю прямую в одну эту точку: важны только разности z₁ − z₃ = {d13} и z₂ − z₃ = {d23}.',
  path: 'Пунктирная кривая\u00a0— softmax(z/T) при T от {from} (у вершины наибольшего логита) до {to} (у центра). Полый маркер\u00a0— T = {t}: {list}.',
  summary: 'Точка {list}; логиты с нулевой суммой: {centred}.',
} satisfies SimplexExplorerLabels;

export const labels: Readonly<Record<Lang, SimplexExplorerLabels>> = { en, pt, ru };
