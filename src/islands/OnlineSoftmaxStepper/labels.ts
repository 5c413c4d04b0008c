/**
 * Labels of <OnlineSoftmaxStepper>, passed to the island as `labels` by index.astro (only the page's language reaches the browser).
 * `en` is the source; `pt` and `ru` `satisfies` its type, so a missing or extra key fails `astro check`.
 * `{name}` is a placeholder filled by the island. The formulas (m, ℓ, õ, e^…) are built by the
 * island and are the same in every language.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Online softmax, block by block',
  scores: 'Scores',
  values: 'Values v (one per score)',
  block: 'Block size',
  prev: 'Previous step',
  next: 'Next step',
  run: 'Run to end',
  reset: 'Reset',
  progress: '{done} of {total} blocks read',
  blocks: 'The scores in blocks of {b}',
  blockName: 'Block {k}',
  statusDone: 'read',
  statusNow: 'just read',
  statusTodo: 'not read yet',
  start:
    'Nothing has been read yet: the running maximum starts at m = −∞ and the running sum at ℓ = 0.',
  startHint: 'Press “Next step” to read the first block.',
  stepTitle: 'Block {k} of {total}: the scores {scores}',
  own: 'The block on its own',
  before: 'Before the merge',
  after: 'After the merge',
  factorFirst:
    'Nothing was read before this block, so the running state simply becomes the block’s own.',
  factorKept:
    'The maximum stays at {m}, so the old sum is kept as it is (its factor is 1); only the block’s sum is scaled down, by {factor}.',
  factorTie:
    'The block’s maximum equals the running one, {m}, so neither sum needs rescaling: both factors are 1.',
  factorRaised:
    'The block raises the maximum from {old} to {new}, so the old sum is multiplied by e^({old} − {new}) = {factor}.',
  merge: 'The new sum',
  partial: 'Softmax of the scores read so far',
  output: 'Weighted sum of the values read so far',
  outputNote:
    'õ = Σ e^(z − m) · v is rescaled by the same factors as ℓ; the division by ℓ waits until the output is needed.',
  table: 'Every step',
  colBlock: 'Block',
  colOwn: 'The block alone',
  colBefore: 'Before',
  colFactor: 'Rescale factor',
  colAfter: 'After',
  noFactor: 'none',
  final: 'After the last block',
  compare: 'The online result beside the two-pass softmax',
  online: 'Online',
  twoPass: 'Two-pass',
  maxDiff: 'Largest difference: {value}.',
  identical: 'Largest difference: 0. The two results agree to the last bit.',
  outputFinal:
    'Weighted sum: {online} online, {twoPass} in two passes (softmax first, then the sum); difference {diff}.',
  announceStart: 'Back to the start: m = −∞, ℓ = 0.',
  announceStep: 'Block {k} of {total} read: m = {m}, ℓ = {l}.',
};
export type OnlineSoftmaxStepperLabels = { readonly [K in keyof typeof en]: string };

const pt = {
  title: 'Softmax online, bloco a bloco',
  scores: 'Pontuações',
  values: 'Valores v (um por pontuação)',
  block: 'Tamanho do bloco',
  prev: 'Passo anterior',
  next: 'Próximo passo',
  run: 'Ir até o fim',
  reset: 'Recomeçar',
  progress: '{done} de {total} blocos lidos',
  blocks: 'As pontuações em blocos de {b}',
  blockName: 'Bloco {k}',
  statusDone: 'lido',
  statusNow: 'recém-lido',
  statusTodo: 'ainda não lido',
  start: 'Nada foi lido ainda: o máximo acumulado começa em m = −∞ e a soma acumulada em ℓ = 0.',
  startHint: 'Use o botão “Próximo passo” para ler o primeiro bloco.',
  stepTitle: 'Bloco {k} de {total}: as pontuações {scores}',
  own: 'O bloco sozinho',
  before: 'Antes da junção',
  after: 'Depois da junção',
  factorFirst:
    'Nada foi lido antes deste bloco, então o estado acumulado passa a ser simplesmente o do bloco.',
  factorKept:
    'O máximo continua sendo {m}, então a soma anterior fica como está (o fator dela é 1); só a soma do bloco diminui, multiplicada por {factor}.',
  factorTie:
    'O máximo do bloco é igual ao acumulado, {m}, então nenhuma das somas precisa ser reescalada: os dois fatores valem 1.',
  factorRaised:
    'O bloco eleva o máximo de {old} para {new}, então a soma anterior é multiplicada por e^({old} − {new}) = {factor}.',
  merge: 'A nova soma',
  partial: 'Softmax das pontuações lidas até agora',
  output: 'Soma ponderada dos valores lidos até agora',
  outputNote:
    'õ = Σ e^(z − m) · v é reescalado pelos mesmos fatores que ℓ; a divisão por ℓ fica para quando a saída for necessária.',
  table: 'Todos os passos',
  colBlock: 'Bloco',
  colOwn: 'O bloco sozinho',
  colBefore: 'Antes',
  colFactor: 'Fator de reescala',
  colAfter: 'Depois',
  noFactor: 'nenhum',
  final: 'Depois do último bloco',
  compare: 'O resultado online ao lado da softmax em duas passadas',
  online: 'Online',
  twoPass: 'Duas passadas',
  maxDiff: 'Maior diferença: {value}.',
  identical: 'Maior diferença: 0. Os dois resultados coincidem até o último bit.',
  outputFinal:
    'Soma ponderada: {online} online, {twoPass} em duas passadas (primeiro a softmax, depois a soma); diferença de {diff}.',
  announceStart: 'De volta ao início: m = −∞, ℓ = 0.',
  announceStep: 'Bloco {k} de {total} lido: m = {m}, ℓ = {l}.',
} satisfies OnlineSoftmaxStepperLabels;

const ru = {
  title: 'Онлайн-softmax по блокам',
  scores: 'Оценки',
  values: 'Значения v (по одному на оценку)',
  block: 'Размер блока',
  prev: 'Предыдущий шаг',
  next: 'Следующий шаг',
  run: 'Выполнить до конца',
  reset: 'Сбросить',
  progress: 'Прочитано блоков: {done} из {total}',
  blocks: 'Оценки, разбитые на блоки по {b}',
  blockName: 'Блок {k}',
  statusDone: 'прочитан',
  statusNow: 'только что прочитан',
  statusTodo: 'ещё не прочитан',
  start: 'Пока ничего не прочитано: текущий максимум m = −∞, текущая сумма ℓ = 0.',
  startHint: 'Нажмите «Следующий шаг», чтобы прочитать первый блок.',
  stepTitle: 'Блок {k} из {total}: оценки {scores}',
  own: 'Сам блок',
  before: 'До объединения',
  after: 'После объединения',
  factorFirst:
    'До этого блока ничего не было прочитано, поэтому текущее состояние просто становится состоянием блока.',
  factorKept:
    'Максимум остаётся равным {m}, поэтому прежняя сумма не меняется (её множитель равен 1); уменьшается только сумма блока\u00a0— она умножается на {factor}.',
  factorTie:
    'Максимум блока совпадает с текущим, {m}, поэтому ни одну из сумм пересчитывать не нужно: оба множителя равны 1.',
  factorRaised:
    'Блок поднимает максимум с {old} до {new}, поэтому прежняя сумма умножается на e^({old} − {new}) = {factor}.',
  merge: 'Новая сумма',
  partial: 'Softmax уже прочитанных оценок',
  output: 'Взвешенная сумма уже прочитанных значений',
  outputNote:
    'õ = Σ e^(z − m) · v пересчитывается с теми же множителями, что и ℓ, а делят на ℓ только тогда, когда нужен результат.',
  table: 'Все шаги',
  colBlock: 'Блок',
  colOwn: 'Сам блок',
  colBefore: 'До',
  colFactor: 'Множитель пересчёта',
  colAfter: 'После',
  noFactor: 'нет',
  final: 'После последнего блока',
  compare: 'Онлайн-результат рядом с двухпроходной softmax',
  online: 'Онлайн',
  twoPass: 'В два прохода',
  maxDiff: 'Наибольшее расхождение: {value}.',
  identical: 'Наибольшее расхождение: 0. Результаты совпадают до последнего бита.',
  outputFinal:
    'Взвешенная сумма: {online} онлайн и {twoPass} в два прохода (сначала softmax, потом сумма); разница {diff}.',
  announceStart: 'Снова в начале: m = −∞, ℓ = 0.',
  announceStep: 'Прочитан блок {k} из {total}: m = {m}, ℓ = {l}.',
} satisfies OnlineSoftmaxStepperLabels;

export const labels: Readonly<Record<Lang, OnlineSoftmaxStepperLabels>> = { en, pt, ru };
