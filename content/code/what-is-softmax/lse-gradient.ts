// en: Softmax is the gradient of log-sum-exp; central differences approximate each
// en: partial derivative.
// pt: A softmax é o gradiente do log-sum-exp; diferenças centrais aproximam cada
// pt: derivada parcial.
// ru: Softmax — градиент log-sum-exp; каждую частную производную приближают
// ru: центральные разности.
import { logSumExp, softmax } from '~/lib/math';

const z = [2, -1, 0.5];

console.log('LSE(z) =', logSumExp(z));
const h = 1e-6;
const shifted = (k: number, s: number) => z.map((v, i) => (i === k ? v + s * h : v));
const grad = z.map((_, k) => (logSumExp(shifted(k, 1)) - logSumExp(shifted(k, -1))) / (2 * h));
console.log('grad LSE(z) =', grad);
const p = softmax(z);
console.log('softmax(z) =', p);
console.log(
  'equal:',
  grad.every((g, i) => Math.abs(g - p[i]) < 1e-8),
);
