/**
 * Labels of <NextTokenSampler>, passed to the island as `labels` by index.astro (only the page's language reaches the browser).
 * `en` is the source; `pt` and `ru` `satisfies` its type, so a missing or extra key fails `astro check`.
 * `{name}` is a placeholder filled by the island. `prompt` and `tokens` are the default example:
 * the start of a sentence and its candidate next words, written for each language (one per
 * default logit in props.ts, most likely first), so they need not be translations of each other.
 * They are lesson 11's running example (content/lessons/_shared/next-token/example.ts): a lesson
 * that passes those same words still gets the prompt shown.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Sampling the next token',
  prompt: 'The cat sat on the …',
  tokens: ['mat', 'floor', 'sofa', 'bed', 'chair', 'roof', 'table', 'moon'],
  context: 'The text so far: “{prompt}”',
  logits: 'Logits of the candidate tokens',
  temperature: 'Temperature T',
  k: 'Top-k: keep the k most probable tokens',
  p: 'Top-p (nucleus): keep the most probable tokens until their sum reaches p',
  noCut: '{value} (no cut)',
  caption: 'Which token comes next?',
  token: 'Token',
  atT: 'softmax at T = {t}',
  colT: 'At T = {t}',
  after: 'After the cut',
  cutK: 'dropped by top-k',
  cutP: 'dropped by top-p',
  zero: 'probability 0 at this T',
  kOff: 'Top-k is off (k = {n}): no token is dropped.',
  kKeeps: 'Top-k (k = {k}) keeps {count} of the {n} tokens.',
  pOff: 'Top-p is off (p = 1).',
  pKeeps:
    'Top-p (p = {p}) then keeps the most probable of them until their sum reaches p: {count} left.',
  massAll: 'Nothing is cut: the probabilities stay as they are.',
  mass: 'The kept tokens held {mass} of the probability; divided by it, they add up to 1 again.',
  greedy: 'Greedy choice (argmax): “{token}”, whatever T, k and p are.',
  sample: 'Sample',
  sampleMany: 'Sample {n}',
  reset: 'Reset',
  full: 'The draws stop at {n}: reset to draw more.',
  total: 'Draws: {n} (seed {seed})',
  recent: 'Latest draws, oldest first',
  none: 'Nothing drawn yet.',
  counts: 'Times drawn',
  drew: 'Draw {n}: “{token}”.',
  drewMany: '{count} more draws, {n} in all: {tokens}.',
  summary: 'T = {t}, k = {k}, p = {p}. Kept: {tokens}. Greedy choice: “{greedy}”.',
};
export type NextTokenSamplerLabels = {
  readonly [K in keyof typeof en]: K extends 'tokens' ? readonly string[] : string;
};

const pt = {
  title: 'Sorteando o próximo token',
  prompt: 'O gato sentou no …',
  tokens: ['tapete', 'chão', 'sofá', 'colchão', 'banco', 'telhado', 'muro', 'vulcão'],
  context: 'O texto até agora: “{prompt}”',
  logits: 'Logitos dos tokens candidatos',
  temperature: 'Temperatura T',
  k: 'Top-k: manter os k tokens mais prováveis',
  p: 'Top-p (núcleo): manter os tokens mais prováveis até a soma chegar a p',
  noCut: '{value} (sem corte)',
  caption: 'Qual token vem a seguir?',
  token: 'Token',
  atT: 'softmax com T = {t}',
  colT: 'Com T = {t}',
  after: 'Depois do corte',
  cutK: 'descartado pelo top-k',
  cutP: 'descartado pelo top-p',
  zero: 'probabilidade 0 com este T',
  kOff: 'Top-k desligado (k = {n}): nenhum token é descartado.',
  kKeeps: 'O top-k (k = {k}) mantém {count} dos {n} tokens.',
  pOff: 'Top-p desligado (p = 1).',
  pKeeps:
    'Depois, o top-p (p = {p}) mantém os mais prováveis deles até a soma chegar a p; tokens restantes: {count}.',
  massAll: 'Nada é cortado: as probabilidades ficam como estão.',
  mass: 'Os tokens mantidos somavam {mass} da probabilidade; divididos por esse valor, voltam a somar 1.',
  greedy: 'Escolha gulosa (argmax): “{token}”, quaisquer que sejam T, k e p.',
  sample: 'Sortear',
  sampleMany: 'Sortear {n}',
  reset: 'Recomeçar',
  full: 'O limite é de {n} sorteios: recomece para sortear mais.',
  total: 'Sorteios: {n} (semente {seed})',
  recent: 'Últimos sorteios, do mais antigo ao mais recente',
  none: 'Nenhum sorteio ainda.',
  counts: 'Vezes sorteado',
  drew: 'Sorteio {n}: “{token}”.',
  drewMany: 'Mais {count} sorteios, {n} no total: {tokens}.',
  summary: 'T = {t}, k = {k}, p = {p}. Mantidos: {tokens}. Escolha gulosa: “{greedy}”.',
} satisfies NextTokenSamplerLabels;

const ru = {
  title: 'Выбор следующего токена',
  prompt: 'Кошка села на …',
  tokens: ['ковёр', 'пол', 'диван', 'кровать', 'стул', 'крышу', 'стол', 'луну'],
  context: 'Начало фразы: «{prompt}»',
  logits: 'Логиты токенов-кандидатов',
  temperature: 'Температура T',
  k: 'Top-k: оставить k самых вероятных токенов',
  p: 'Top-p (ядро): оставлять самые вероятные токены, пока их сумма не достигнет p',
  noCut: '{value} (без отсечения)',
  caption: 'Какой токен будет следующим?',
  token: 'Токен',
  atT: 'softmax при T = {t}',
  colT: 'При T = {t}',
  after: 'После отсечения',
  cutK: 'отброшен фильтром top-k',
  cutP: 'отброшен фильтром top-p',
  zero: 'при этом T вероятность равна 0',
  kOff: 'Top-k выключен (k = {n}): не отброшен ни один токен.',
  kKeeps: 'После top-k (k = {k}) осталось токенов: {count} из {n}.',
  pOff: 'Top-p выключен (p = 1).',
  pKeeps:
    'Затем top-p (p = {p}) оставляет из них самые вероятные, пока сумма не достигнет p; осталось токенов: {count}.',
  massAll: 'Ничего не отсечено: вероятности остаются прежними.',
  mass: 'На оставшиеся токены приходилась доля вероятности {mass}; после деления на неё их вероятности снова дают в сумме 1.',
  greedy: 'Жадный выбор (argmax): «{token}»\u00a0— при любых T, k и p.',
  sample: 'Выбрать случайно',
  sampleMany: 'Выбрать {n} раз',
  reset: 'Сбросить',
  full: 'Предел\u00a0— {n} выборов: сбросьте счётчики, чтобы продолжить.',
  total: 'Случайных выборов: {n} (зерно генератора: {seed})',
  recent: 'Последние выборы, от раннего к позднему',
  none: 'Пока ничего не выбрано.',
  counts: 'Сколько раз выпал',
  drew: 'Выбор {n}: «{token}».',
  drewMany: 'Ещё {count} выборов, всего {n}: {tokens}.',
  summary: 'T = {t}, k = {k}, p = {p}. Остались: {tokens}. Жадный выбор: «{greedy}».',
} satisfies NextTokenSamplerLabels;

export const labels: Readonly<Record<Lang, NextTokenSamplerLabels>> = { en, pt, ru };
