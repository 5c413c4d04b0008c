// en: The Jacobian of softmax, a numerical check of it, and the gradient p − y.
// pt: A jacobiana da softmax, uma verificação numérica dela e o gradiente p − y.
// ru: Матрица Якоби softmax, её численная проверка и градиент p − y.
import { crossEntropyGradient, softmax, softmaxJacobian, softmaxJvp } from '~/lib/math';

const z = [2, -1, 0.5];
const p = softmax(z);

// en: J = diag(p) − p pᵀ: p_i (1 − p_i) on the diagonal, −p_i p_j elsewhere.
// pt: J = diag(p) − p pᵀ: p_i (1 − p_i) na diagonal, −p_i p_j fora dela.
// ru: J = diag(p) − p pᵀ: p_i (1 − p_i) на диагонали, −p_i p_j вне её.
console.log('J =', softmaxJacobian(p));

// en: Raise the third logit a little: J dz predicts the change (softmaxJvp multiplies by J
// en: without building it), softmax gives the actual one.
// pt: Aumente um pouco o terceiro logito: J dz prevê a variação (o softmaxJvp multiplica por J
// pt: sem montá-la); a softmax dá a real.
// ru: Чуть увеличим третий логит: J dz предсказывает изменение (softmaxJvp умножает на J,
// ru: не строя её), softmax даёт настоящее.
const dz = [0, 0, 0.1];
console.log('J dz =', softmaxJvp(p, dz));
const moved = softmax(z.map((v, i) => v + dz[i]));
console.log(
  'actual =',
  moved.map((v, i) => v - p[i]),
);

// en: With the loss −log p_1 the gradient is p − y, y the one-hot vector of the first class.
// pt: Com a perda −log p_1, o gradiente é p − y, em que y é o vetor one-hot da primeira classe.
// ru: Для функции потерь −log p_1 градиент равен p − y, где y — one-hot-вектор первого класса.
console.log('dL/dz =', crossEntropyGradient(z, 0));
