/**
 * Labels of <JacobianMatrix>, passed to the island as `labels` by index.astro (only the page's language reaches the browser).
 * `en` is the source; `pt` and `ru` `satisfies` its type, so a missing or extra key fails `astro check`.
 * `{name}` is a placeholder filled by the island.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Softmax Jacobian',
  caption: 'Jacobian J = diag(p) − ppᵀ: row i, column k holds ∂pᵢ/∂zₖ.',
  row: 'Output {n}',
  col: 'Logit {n}',
  positive: 'Positive (diagonal, marked +): pᵢ(1 − pᵢ)',
  negative: 'Negative (off the diagonal, marked −): −pᵢpₖ',
  rowSum: 'Every row sums to 0.',
  probs: 'p = ({list})',
};
export type JacobianMatrixLabels = { readonly [K in keyof typeof en]: string };

const pt = {
  title: 'Jacobiana da softmax',
  caption: 'Jacobiana J = diag(p) − ppᵀ: o elemento da linha i, coluna k, é ∂pᵢ/∂zₖ.',
  row: 'Saída {n}',
  col: 'Logito {n}',
  positive: 'Positivo (diagonal, marcado com +): pᵢ(1 − pᵢ)',
  negative: 'Negativo (fora da diagonal, marcado com −): −pᵢpₖ',
  rowSum: 'Cada linha soma 0.',
  probs: 'p = ({list})',
} satisfies JacobianMatrixLabels;

const ru = {
  title: 'Матрица Якоби softmax',
  caption: 'Матрица Якоби J = diag(p) − ppᵀ: в строке i и столбце k стоит ∂pᵢ/∂zₖ.',
  row: 'Выход {n}',
  col: 'Логит {n}',
  positive: 'Положительные (диагональ, знак +): pᵢ(1 − pᵢ)',
  negative: 'Отрицательные (вне диагонали, знак −): −pᵢpₖ',
  rowSum: 'Сумма каждой строки равна 0.',
  probs: 'p = ({list})',
} satisfies JacobianMatrixLabels;

export const labels: Readonly<Record<Lang, JacobianMatrixLabels>> = { en, pt, ru };
