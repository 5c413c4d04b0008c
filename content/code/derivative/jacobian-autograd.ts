// en: Proposition by proposition: J = diag(p) − p pᵀ against central differences, its symmetry,
// en: zero row sums and trace, and the gradient p − y.
// pt: Proposição por proposição: J = diag(p) − p pᵀ comparada com diferenças centrais, sua simetria,
// pt: linhas de soma zero e traço, e o gradiente p − y.
// ru: Утверждение за утверждением: J = diag(p) − p pᵀ против центральных разностей, её симметрия,
// ru: нулевые суммы строк и след, и градиент p − y.
import { crossEntropyGradient, softmax, softmaxJacobian } from '~/lib/math';

const z = [2, -1, 0.5];
const p = softmax(z);
const J = softmaxJacobian(p);
console.log('J =', J);

// en: Column k of the Jacobian ≈ (σ(z + h e_k) − σ(z − h e_k)) / 2h.
// pt: A coluna k da jacobiana ≈ (σ(z + h e_k) − σ(z − h e_k)) / 2h.
// ru: Столбец k матрицы Якоби ≈ (σ(z + h e_k) − σ(z − h e_k)) / 2h.
const h = 1e-5;
const nudge = (k: number, s: number) => softmax(z.map((v, i) => (i === k ? v + s * h : v)));
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);
const agree = J.every((row, i) =>
  row.every((Jik, k) => close((nudge(k, 1)[i] - nudge(k, -1)[i]) / (2 * h), Jik)),
);
console.log('differences agree:', agree);
console.log(
  'symmetric:',
  J.every((row, i) => row.every((v, k) => v === J[k][i])),
);
console.log(
  'rows sum to zero:',
  J.every((row) => close(row[0] + row[1] + row[2], 0)),
);
console.log('squared norm of p =', p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
console.log('tr J =', J[0][0] + J[1][1] + J[2][2]);

// en: The cross-entropy with the first class correct: ∇L = p − y.
// pt: A entropia cruzada com a primeira classe correta: ∇L = p − y.
// ru: Перекрёстная энтропия, верный класс первый: ∇L = p − y.
console.log('grad L =', crossEntropyGradient(z, 0));
