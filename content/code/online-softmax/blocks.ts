// en: Online softmax over blocks of 2, with the weighted sum, against the two-pass result.
// pt: Softmax online em blocos de 2, com a soma ponderada, comparada ao resultado de duas passadas.
// ru: Онлайн-softmax по блокам из 2 элементов вместе со взвешенной суммой и сверка с двухпроходным результатом.
import {
  mergeSoftmaxStates,
  onlineSoftmax,
  onlineSoftmaxWeightedSum,
  softmax,
  softmaxState,
} from '~/lib/math';

const x = [1, 3, 2, 5, 4, 0];
const v = [2, -1, 0, 3, 1, 4];
const block = 2;

// en: The state {m, l} and the unnormalised output o; the empty state is {m: −Infinity, l: 0}.
// pt: O estado {m, l} e a saída não normalizada o; o estado vazio é {m: −Infinity, l: 0}.
// ru: Состояние {m, l} и ненормированный выход o; пустое состояние — {m: −Infinity, l: 0}.
let state = { m: -Infinity, l: 0 };
let o = 0;
for (let start = 0; start < x.length; start += block) {
  const xb = x.slice(start, start + block);
  const next = mergeSoftmaxStates(state, softmaxState(xb));
  // en: e^(m_old − m_new) ≤ 1 rescales what was summed on the old scale (e^−Infinity = 0 at the start).
  // pt: e^(m_antigo − m_novo) ≤ 1 reescala o que foi somado na escala antiga (e^−Infinity = 0 no início).
  // ru: e^(m_стар − m_нов) ≤ 1 переводит в новый масштаб то, что накоплено в старом (в начале e^−Infinity = 0).
  const scale = Math.exp(state.m - next.m);
  o = o * scale + xb.reduce((s, xi, i) => s + Math.exp(xi - next.m) * v[start + i], 0);
  state = next;
  console.log('m =', state.m, ' l =', state.l, ' o / l =', o / state.l);
}

// en: The library does the same: onlineSoftmax and onlineSoftmaxWeightedSum (values are rows).
// pt: A biblioteca faz o mesmo: onlineSoftmax e onlineSoftmaxWeightedSum (os valores são linhas).
// ru: Библиотека делает то же самое: onlineSoftmax и onlineSoftmaxWeightedSum (значения — строки матрицы).
const p = onlineSoftmax(x, block);
const twoPass = softmax(x);
console.log('online   p =', p);
console.log('two-pass p =', twoPass);
console.log(
  'online output =',
  onlineSoftmaxWeightedSum(
    x,
    v.map((a) => [a]),
    block,
  )[0],
  ' two-pass output =',
  twoPass.reduce((s, pi, i) => s + pi * v[i], 0),
);
