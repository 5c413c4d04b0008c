import type { Lang } from '../../i18n/locales';

const en = {
  title: 'The image of softmax: the open triangle',
  desc: 'An equilateral triangle whose corners are the one-hot vectors e₁, e₂ and e₃ and whose points are the distributions over three classes. Its inside is shaded and its edges are dashed: softmax reaches every inside point and no point of an edge. On the left, the logit vectors {rows}; lines from each of them meet at one point inside the triangle, σ(z) = {p}.',
  caption:
    'Softmax maps ℝ³ onto the open triangle: every inside point is σ(z) for some logits, while the dashed edges and hollow corners (some probability exactly 0) are never reached. Adding the same c to all three logits moves z along the line z + c·1, and the whole line lands on one point.',
  logits: 'logits z + c·1',
  shift: 'c = {c}',
  row: 'c = {c}: {z}',
  vertex: 'e{n}',
  point: 'σ(z)',
  centre: 'uniform',
  tableC: 'c',
  tableZ: 'z + c·1',
  tableP: 'σ(z + c·1)',
};
export type SimplexLabels = typeof en;

const pt = {
  title: 'A imagem da softmax: o triângulo aberto',
  desc: 'Um triângulo equilátero cujos vértices são os vetores one-hot e₁, e₂ e e₃ e cujos pontos são as distribuições sobre três classes. O interior está sombreado e as arestas, tracejadas: a softmax atinge todo ponto interior e nenhum ponto das arestas. À esquerda, os vetores de logitos {rows}; as linhas que saem de cada um se encontram num único ponto dentro do triângulo, σ(z) = {p}.',
  caption:
    'A imagem de ℝ³ pela softmax é o triângulo aberto: todo ponto interior é σ(z) para algum vetor de logitos, enquanto as arestas tracejadas e os vértices vazados (alguma probabilidade exatamente 0) nunca são atingidos. Somar o mesmo c aos três logitos desloca z ao longo da reta z + c·1, e a reta inteira cai num único ponto.',
  logits: 'logitos z + c·1',
  shift: 'c = {c}',
  row: 'c = {c}: {z}',
  vertex: 'e{n}',
  point: 'σ(z)',
  centre: 'uniforme',
  tableC: 'c',
  tableZ: 'z + c·1',
  tableP: 'σ(z + c·1)',
} satisfies SimplexLabels;

const ru = {
  title: 'Образ softmax\u00a0— открытый треугольник',
  desc: 'Равносторонний треугольник с вершинами в one-hot-векторах e₁, e₂ и e₃; его точки\u00a0— распределения по трём классам. Внутренность закрашена, стороны показаны пунктиром: softmax попадает в каждую внутреннюю точку и ни в одну точку сторон. Слева\u00a0— векторы логитов {rows}; линии от каждого из них сходятся в одной точке внутри треугольника, σ(z) = {p}.',
  caption:
    'Softmax отображает ℝ³ на открытый треугольник: каждая внутренняя точка\u00a0— это σ(z) для каких-то логитов, а пунктирные стороны и полые вершины (где какая-то вероятность равна ровно 0) не достигаются никогда. Если прибавить одно и то же c ко всем трём логитам, z сдвигается по прямой z + c·1, и вся эта прямая попадает в одну точку.',
  logits: 'логиты z + c·1',
  shift: 'c = {c}',
  row: 'c = {c}: {z}',
  vertex: 'e{n}',
  point: 'σ(z)',
  centre: 'равномерное',
  tableC: 'c',
  tableZ: 'z + c·1',
  tableP: 'σ(z + c·1)',
} satisfies SimplexLabels;

export const labels: Readonly<Record<Lang, SimplexLabels>> = { en, pt, ru };
