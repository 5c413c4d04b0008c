import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Attention tile by tile: the n × n scores never exist at once',
  desc: 'The score matrix of one attention head drawn as {grid} × {grid} tiles, queries down, keys across. One row of query tiles is being processed: the tiles to the left of the current one are already folded into the running states and discarded, the current tile is the only block of scores in fast memory, the rest of the row is not computed yet. For n = {n} tokens, tiles of {tile} rows and d = {d}, the full matrix would hold {full} scores; one query tile needs {working} numbers at a time, and all the states together {states}.',
  caption:
    'Each query tile walks across the key tiles, computes one block of scores, folds it into its states (m, ℓ, õ) and throws it away. Rows of tiles are independent, so they run in parallel.',
  queries: 'queries →',
  keys: 'keys →',
  done: 'folded in, discarded',
  current: 'in fast memory now',
  waiting: 'not computed yet',
  states: 'states',
  stateLine: 'm, ℓ, õ per query',
  full: 'n × n matrix: {full} scores',
  working: 'one tile at a time: {working}',
  tableWhat: 'quantity',
  tableCount: 'numbers',
  rowFull: 'full score matrix, n²',
  rowWorking: 'one query tile: B² + B(d + 2)',
  rowStates: 'all states: n(d + 2)',
};
export type TiledScoresLabels = typeof en;

const pt = {
  title: 'Atenção bloco a bloco: as n × n pontuações nunca existem juntas',
  desc: 'A matriz de pontuações de uma cabeça de atenção desenhada como {grid} × {grid} blocos, consultas nas linhas e chaves nas colunas. Uma linha de blocos de consultas está sendo processada: os blocos à esquerda do atual já foram incorporados aos estados acumulados e descartados, o bloco atual é o único bloco de pontuações na memória rápida, e o resto da linha ainda não foi calculado. Para n = {n} tokens, blocos de {tile} linhas e d = {d}, a matriz completa teria {full} pontuações; um bloco de consultas precisa de {working} números por vez, e todos os estados juntos, de {states}.',
  caption:
    'Cada bloco de consultas percorre os blocos de chaves, calcula um bloco de pontuações, incorpora-o aos seus estados (m, ℓ, õ) e o descarta. As linhas de blocos são independentes, então rodam em paralelo.',
  queries: 'consultas →',
  keys: 'chaves →',
  done: 'incorporado, descartado',
  current: 'na memória rápida agora',
  waiting: 'ainda não calculado',
  states: 'estados',
  stateLine: 'm, ℓ, õ por consulta',
  full: 'matriz n × n: {full} pontuações',
  working: 'um bloco por vez: {working}',
  tableWhat: 'grandeza',
  tableCount: 'números',
  rowFull: 'matriz completa de pontuações, n²',
  rowWorking: 'um bloco de consultas: B² + B(d + 2)',
  rowStates: 'todos os estados: n(d + 2)',
} satisfies TiledScoresLabels;

const ru = {
  title: 'Внимание по блокам: матрица n × n оценок никогда не хранится целиком',
  desc: 'Матрица оценок одной головы внимания в виде {grid} × {grid} блоков: запросы по строкам, ключи по столбцам. Обрабатывается одна строка блоков запросов: блоки левее текущего уже влиты в накопленные состояния и выброшены, текущий блок\u00a0— единственный блок оценок в быстрой памяти, остальная часть строки ещё не вычислена. Для n = {n} токенов, блоков по {tile} строк и d = {d} полная матрица содержала бы {full} оценок; одному блоку запросов одновременно нужно {working} чисел, а всем состояниям вместе\u00a0— {states}.',
  caption:
    'Каждый блок запросов проходит по блокам ключей, вычисляет один блок оценок, вливает его в свои состояния (m, ℓ, õ) и выбрасывает. Строки блоков независимы, поэтому обрабатываются параллельно.',
  queries: 'запросы →',
  keys: 'ключи →',
  done: 'влит и выброшен',
  current: 'сейчас в быстрой памяти',
  waiting: 'ещё не вычислен',
  states: 'состояния',
  stateLine: 'm, ℓ, õ на запрос',
  full: 'матрица n × n: {full} оценок',
  working: 'по одному блоку: {working}',
  tableWhat: 'величина',
  tableCount: 'чисел',
  rowFull: 'полная матрица оценок, n²',
  rowWorking: 'один блок запросов: B² + B(d + 2)',
  rowStates: 'все состояния: n(d + 2)',
} satisfies TiledScoresLabels;

export const labels: Readonly<Record<Lang, TiledScoresLabels>> = { en, pt, ru };
