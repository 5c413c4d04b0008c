import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Without 1/√d the attention weights saturate as d grows',
  desc: 'A row of attention scores whose scaled values are {u}, for key dimensions d from {from} to {to} on a logarithmic axis. Without the scale the softmax sees √d times those scores: {marks}. With the scale the weights stay {scaled} and the largest |J| stays {jScaled} for every d.',
  markDesc: 'at d = {d} the weights are {p} and the largest entry of |J| is {j}',
  caption:
    'Solid: the raw scores, whose gaps grow like √d; the first key takes almost all the weight and the largest entry of the Jacobian, hence the gradient through the row, fades. Dashed: the scores divided by √d, the same row for every d.',
  weights: 'weights',
  jacobian: 'largest |Jᵢⱼ|',
  d: 'key dimension d',
  key: 'key {n}',
  raw: 'without 1/√d',
  scaled: 'with 1/√d',
  tableD: 'd',
  tableJ: 'max |J| without 1/√d',
};
export type ScaledScoresLabels = typeof en;

const pt = {
  title: 'Sem 1/√d, os pesos de atenção saturam à medida que d cresce',
  desc: 'Uma linha de pontuações de atenção cujos valores escalados são {u}, para dimensões das chaves d de {from} a {to}, em eixo logarítmico. Sem a escala, a softmax recebe √d vezes essas pontuações: {marks}. Com a escala, os pesos continuam {scaled} e o maior |J| continua {jScaled} para todo d.',
  markDesc: 'em d = {d}, os pesos são {p} e a maior entrada de |J| é {j}',
  caption:
    'Linha contínua: as pontuações brutas, cujas diferenças crescem como √d; a primeira chave fica com quase todo o peso, e a maior entrada da jacobiana, e com ela o gradiente que passa pela linha, some. Linha tracejada: as pontuações divididas por √d, a mesma linha para todo d.',
  weights: 'pesos',
  jacobian: 'maior |Jᵢⱼ|',
  d: 'dimensão das chaves d',
  key: 'chave {n}',
  raw: 'sem 1/√d',
  scaled: 'com 1/√d',
  tableD: 'd',
  tableJ: 'máx |J| sem 1/√d',
} satisfies ScaledScoresLabels;

const ru = {
  title: 'Без 1/√d веса внимания с ростом d насыщаются',
  desc: 'Строка оценок внимания, у которой масштабированные значения равны {u}, при размерности ключей d от {from} до {to} на логарифмической оси. Без масштаба softmax получает эти оценки, умноженные на √d: {marks}. С масштабом веса остаются равными {scaled}, а наибольший |J|\u00a0— {jScaled} при любом d.',
  markDesc: 'при d = {d} веса равны {p}, а наибольший элемент |J| равен {j}',
  caption:
    'Сплошные линии\u00a0— исходные оценки: разности между ними растут как √d, первый ключ забирает почти весь вес, а наибольший элемент матрицы Якоби, а с ним и градиент через эту строку, угасает. Пунктир\u00a0— оценки, делённые на √d: одна и та же строка при любом d.',
  weights: 'веса',
  jacobian: 'наибольший |Jᵢⱼ|',
  d: 'размерность ключей d',
  key: 'ключ {n}',
  raw: 'без 1/√d',
  scaled: 'с 1/√d',
  tableD: 'd',
  tableJ: 'макс. |J| без 1/√d',
} satisfies ScaledScoresLabels;

export const labels: Readonly<Record<Lang, ScaledScoresLabels>> = { en, pt, ru };
