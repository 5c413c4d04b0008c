/**
 * Labels of <AttentionWeights>, passed to the island as `labels` by index.astro (only the page's language reaches the browser).
 * `en` is the source; `pt` and `ru` `satisfies` its type, so a missing or extra key fails `astro check`.
 * `{name}` is a placeholder filled by the island.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Attention weights',
  row: 'Query {n} scores',
  scale: 'Divide by √d (d = {d})',
  mask: 'Causal mask (a query sees only itself and earlier keys)',
  weights: 'Attention weights (each row sums to 1)',
  query: 'Query {n}',
  key: 'Key {n}',
  masked: 'masked',
  summary: 'Row 1 weights {list}.',
};
export type AttentionWeightsLabels = { readonly [K in keyof typeof en]: string };

const pt = {
  title: 'Pesos de atenção',
  row: 'Pontuações da consulta {n}',
  scale: 'Dividir por √d (d = {d})',
  mask: 'Máscara causal (cada consulta vê só a própria chave e as anteriores)',
  weights: 'Pesos de atenção (cada linha soma 1)',
  query: 'Consulta {n}',
  key: 'Chave {n}',
  masked: 'mascarado',
  summary: 'Pesos da linha 1: {list}.',
} satisfies AttentionWeightsLabels;

const ru = {
  title: 'Веса внимания',
  row: 'Оценки запроса {n}',
  scale: 'Делить на √d (d = {d})',
  mask: 'Каузальная маска (запрос видит только себя и предыдущие ключи)',
  weights: 'Веса внимания (сумма каждой строки\u00a0— 1)',
  query: 'Запрос {n}',
  key: 'Ключ {n}',
  masked: 'скрыто',
  summary: 'Веса первой строки: {list}.',
} satisfies AttentionWeightsLabels;

export const labels: Readonly<Record<Lang, AttentionWeightsLabels>> = { en, pt, ru };
