import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Online softmax, block by block',
  desc: 'The scores {scores} are read in blocks of {k}, left to right. After each block: {steps}. The final m = {m} and ℓ = {l} are the maximum and the sum Σ e^(x − max) of the two-pass method, so the softmax is the same: {p}.',
  descOutput:
    ' With the values {values}, the running output after the last block is {o}, equal to the two-pass weighted sum {o2}.',
  caption:
    'Only two numbers travel from block to block: the largest score so far, m, and the sum so far, ℓ. When a block brings a new maximum, the old sum is multiplied by e^(m_old − m_new) before the block’s own terms are added.',
  heading: 'scores in blocks of {k}',
  block: 'block {n}',
  step: 'block {n} {scores}: m = {m}, ℓ = {l}',
  stepOutput: 'block {n} {scores}: m = {m}, ℓ = {l}, o = {o}',
  first: 'first block',
  factor: 'rescale ×{f}',
  m: 'm = {m}',
  l: 'ℓ = {l}',
  o: 'o = {o}',
  oldPart: 'old ℓ × e^(m_old − m_new)',
  newPart: 'this block: Σ e^(x − m)',
  twoPass: 'two passes: m = {m}, ℓ = {l} (the same)',
  tableBlock: 'block',
  tableScores: 'scores',
  tableFactor: 'rescale',
};
export type OnlineSoftmaxBlocksLabels = typeof en;

const pt = {
  title: 'Softmax online, bloco a bloco',
  desc: 'As pontuações {scores} são lidas em blocos de {k}, da esquerda para a direita. Depois de cada bloco: {steps}. Os valores finais m = {m} e ℓ = {l} são o máximo e a soma Σ e^(x − max) do método de duas passadas, então a softmax é a mesma: {p}.',
  descOutput:
    ' Com os valores {values}, a saída acumulada depois do último bloco é {o}, igual à soma ponderada de duas passadas, {o2}.',
  caption:
    'Só dois números passam de um bloco para o outro: a maior pontuação até agora, m, e a soma até agora, ℓ. Quando um bloco traz um novo máximo, a soma antiga é multiplicada por e^(m_antigo − m_novo) antes de receber os termos do bloco.',
  heading: 'pontuações em blocos de {k}',
  block: 'bloco {n}',
  step: 'bloco {n} {scores}: m = {m}, ℓ = {l}',
  stepOutput: 'bloco {n} {scores}: m = {m}, ℓ = {l}, o = {o}',
  first: 'primeiro bloco',
  factor: 'reescala ×{f}',
  m: 'm = {m}',
  l: 'ℓ = {l}',
  o: 'o = {o}',
  oldPart: 'ℓ antigo × e^(m_antigo − m_novo)',
  newPart: 'este bloco: Σ e^(x − m)',
  twoPass: 'duas passadas: m = {m}, ℓ = {l} (os mesmos)',
  tableBlock: 'bloco',
  tableScores: 'pontuações',
  tableFactor: 'reescala',
} satisfies OnlineSoftmaxBlocksLabels;

const ru = {
  title: 'Онлайн-softmax по блокам',
  desc: 'Оценки {scores} читаются блоками по {k} слева направо. После каждого блока: {steps}. Итоговые m = {m} и ℓ = {l} совпадают с максимумом и суммой Σ e^(x − max) двухпроходного метода, поэтому и softmax получается та же: {p}.',
  descOutput:
    ' Для значений {values} накопленный выход после последнего блока равен {o}, как и взвешенная сумма, посчитанная в два прохода: {o2}.',
  caption:
    'От блока к блоку передаются всего два числа: наибольшая оценка на данный момент, m, и сумма на данный момент, ℓ. Если в блоке нашёлся новый максимум, старая сумма сначала умножается на e^(m_стар − m_нов), а потом к ней прибавляются слагаемые блока.',
  heading: 'оценки блоками по {k}',
  block: 'блок {n}',
  step: 'блок {n} {scores}: m = {m}, ℓ = {l}',
  stepOutput: 'блок {n} {scores}: m = {m}, ℓ = {l}, o = {o}',
  first: 'первый блок',
  factor: 'масштаб ×{f}',
  m: 'm = {m}',
  l: 'ℓ = {l}',
  o: 'o = {o}',
  oldPart: 'старая ℓ × e^(m_стар − m_нов)',
  newPart: 'этот блок: Σ e^(x − m)',
  twoPass: 'в два прохода: m = {m}, ℓ = {l} (то же)',
  tableBlock: 'блок',
  tableScores: 'оценки',
  tableFactor: 'масштаб',
} satisfies OnlineSoftmaxBlocksLabels;

export const labels: Readonly<Record<Lang, OnlineSoftmaxBlocksLabels>> = { en, pt, ru };
