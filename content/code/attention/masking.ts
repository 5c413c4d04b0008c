// en: Masking in float16 (simulated with roundToFloat16): −Infinity, the most negative
// en: float16 number and −1e9, and a row whose keys are all masked.
// pt: Máscaras em float16 (simulado com roundToFloat16): −Infinity, o número float16 mais
// pt: negativo e −1e9, e uma linha com todas as chaves mascaradas.
// ru: Маски во float16 (имитация через roundToFloat16): −Infinity, наименьшее число float16
// ru: и −1e9, а также строка, где замаскированы все ключи.
import { floatFormat, roundToFloat16, softmax } from '~/lib/math';

const scores = [2.8284, 0, 1.4142].map(roundToFloat16);
const blocked = [true, true, true];
const f16 = (xs: number[]) => xs.map(roundToFloat16);

// en: A fully masked row is 0/0: NaN.
// pt: Uma linha toda mascarada dá 0/0: NaN.
// ru: Полностью замаскированная строка даёт 0/0: NaN.
console.log('infinite mask:', softmax(scores.map((s, j) => (blocked[j] ? -Infinity : s))));

// en: −1e9 does not fit in float16: it becomes −Infinity, same NaN.
// pt: −1e9 não cabe em float16: vira −Infinity, e o mesmo NaN.
// ru: −1e9 не помещается во float16: получается −Infinity и тот же NaN.
console.log('minus a billion in float16:', roundToFloat16(-1e9));

// en: The fix: the most negative finite float16 keeps the row finite, then zero the rows
// en: with no allowed key.
// pt: A correção: o float16 finito mais negativo mantém a linha finita; depois, zere as linhas
// pt: sem nenhuma chave permitida.
// ru: Исправление: наименьшее конечное число float16 оставляет строку конечной, затем обнуляем
// ru: строки без разрешённых ключей.
const neg = -floatFormat('float16').maxFinite;
console.log('finfo.min =', neg);
const A = f16(softmax(scores.map((s, j) => (blocked[j] ? neg : s))));
console.log('weights =', A);
console.log(
  'zeroed:',
  A.map((w) => (blocked.every(Boolean) ? 0 : w)),
);
