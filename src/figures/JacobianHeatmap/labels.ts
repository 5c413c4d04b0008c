import type { Lang } from '../../i18n/locales';

const en = {
  title: 'The softmax Jacobian as a heat map',
  desc: 'A {n} by {n} grid: the cell in row i, column j is ∂p_i/∂z_j for the logits {logits}. The diagonal is positive: {diag}. Every other cell is negative. Each row adds up to 0.',
  caption:
    'Row i says how probability i responds to each logit. Raising your own logit helps you (blue diagonal); raising anyone else’s takes probability away (orange), and the gains and losses in a row cancel out.',
  row: '∂p{i}',
  col: '∂z{j}',
  negative: 'negative',
  positive: 'positive',
  rowSum: 'row sum',
  tableRow: 'Row',
};
export type JacobianHeatmapLabels = typeof en;

const pt = {
  title: 'A jacobiana da softmax como mapa de calor',
  desc: 'Uma grade {n} por {n}: a célula na linha i, coluna j, é ∂p_i/∂z_j para os logitos {logits}. A diagonal é positiva: {diag}. Todas as outras células são negativas. Cada linha soma 0.',
  caption:
    'A linha i mostra como a probabilidade i reage a cada logito. Aumentar o próprio logito ajuda (diagonal azul); aumentar o de outra classe tira probabilidade (laranja), e os ganhos e as perdas de uma linha se anulam.',
  row: '∂p{i}',
  col: '∂z{j}',
  negative: 'negativo',
  positive: 'positivo',
  rowSum: 'soma da linha',
  tableRow: 'Linha',
} satisfies JacobianHeatmapLabels;

const ru = {
  title: 'Матрица Якоби softmax в виде тепловой карты',
  desc: 'Сетка {n} на {n}: в строке i и столбце j стоит ∂p_i/∂z_j для логитов {logits}. Диагональ положительна: {diag}. Все остальные клетки отрицательны. Сумма каждой строки равна 0.',
  caption:
    'Строка i показывает, как вероятность i откликается на каждый логит. Рост собственного логита помогает (синяя диагональ), рост чужого отнимает вероятность (оранжевые клетки), и выигрыши и потери в строке взаимно гасятся.',
  row: '∂p{i}',
  col: '∂z{j}',
  negative: 'отрицательно',
  positive: 'положительно',
  rowSum: 'сумма строки',
  tableRow: 'Строка',
} satisfies JacobianHeatmapLabels;

export const labels: Readonly<Record<Lang, JacobianHeatmapLabels>> = { en, pt, ru };
