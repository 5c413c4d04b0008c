// en: Attention by hand: softmax(Q Kᵀ / √d) V, without and with the causal mask.
// pt: Atenção à mão: softmax(Q Kᵀ / √d) V, sem e com a máscara causal.
// ru: Внимание вручную: softmax(Q Kᵀ / √d) V, без каузальной маски и с ней.
import { dot, softmax } from '~/lib/math';

// en: Three tokens ("cats", "chase", "mice"), queries, keys and values of size d = 2.
// pt: Três tokens (“gatos”, “caçam”, “ratos”), consultas, chaves e valores de tamanho d = 2.
// ru: Три токена («кошки», «ловят», «мышей»), запросы, ключи и значения размера d = 2.
const Q = [
  [2, 0],
  [0, 2],
  [1, 1],
];
const K = [
  [2, 1],
  [0, 2],
  [1, 0],
];
const V = [
  [1, 0],
  [0, 1],
  [1, 1],
];
const d = 2;

// en: One softmax per row (per query), over the keys.
// pt: Uma softmax por linha (por consulta), sobre as chaves.
// ru: По одной softmax на строку (на запрос), по ключам.
const scores = Q.map((q) => K.map((k) => dot(q, k) / Math.sqrt(d)));
const A = scores.map((row) => softmax(row));
const mix = (W: number[][]) =>
  W.map((w) => [0, 1].map((c) => w.reduce((s, wj, j) => s + wj * V[j][c], 0)));
console.log('A =', A);
console.log('O =', mix(A));

// en: Causal mask: −Infinity above the diagonal, so that a token never sees the tokens after it.
// pt: Máscara causal: −Infinity acima da diagonal, para que um token nunca veja os que vêm depois.
// ru: Каузальная маска: −Infinity над диагональю, чтобы токен не видел следующих за ним.
const masked = scores.map((row, i) => row.map((s, j) => (j <= i ? s : -Infinity)));
console.log(
  'masked A =',
  masked.map((row) => softmax(row)),
);
