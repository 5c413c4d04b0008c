// en: Log-sum-exp, log-softmax and the cross-entropy from logits, by hand and from this site's library.
// pt: Log-sum-exp, log-softmax e a entropia cruzada a partir dos logitos, à mão e com a biblioteca deste site.
// ru: Log-sum-exp, log-softmax и перекрёстная энтропия по логитам: вручную и через библиотеку этого сайта.
import { crossEntropy, logSoftmax, logSumExp, softmax } from '~/lib/math';

const z = [1000, 1001, 1002];

// en: By hand: LSE(z) = m + log Σ exp(z − m); log p = z − LSE(z); the loss for class 0 is LSE(z) − z[0].
// pt: À mão: LSE(z) = m + log Σ exp(z − m); log p = z − LSE(z); a perda da classe 0 é LSE(z) − z[0].
// ru: Вручную: LSE(z) = m + log Σ exp(z − m); log p = z − LSE(z); потери для класса 0 равны LSE(z) − z[0].
const m = Math.max(...z);
const lse = m + Math.log(z.reduce((s, x) => s + Math.exp(x - m), 0));
console.log('LSE =', lse);
console.log(
  'log p =',
  z.map((x) => x - lse),
);
console.log('loss =', lse - z[0]);

// en: The library functions.
// pt: As funções da biblioteca.
// ru: Библиотечные функции.
console.log('logSumExp =', logSumExp(z));
console.log('logSoftmax =', logSoftmax(z));
console.log('loss =', crossEntropy(z, 0));

// en: Logits (0, −1000), correct class 1: the probability underflows to 0 and −log 0 = Infinity,
// en: while crossEntropy (LSE(z) − z[1] inside) stays finite.
// pt: Logitos (0, −1000), classe correta 1: a probabilidade vira 0 por underflow e −log 0 = Infinity,
// pt: enquanto o crossEntropy (LSE(z) − z[1] por dentro) continua finito.
// ru: Логиты (0, −1000), верный класс 1: вероятность обращается в 0 (исчезновение порядка),
// ru: и −log 0 = Infinity, а crossEntropy (внутри LSE(z) − z[1]) остаётся конечной.
const far = [0, -1000];
console.log('-log p =', -Math.log(softmax(far)[1]));
console.log('loss =', crossEntropy(far, 1));
