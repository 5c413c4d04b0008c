# en: The Jacobian of softmax, a numerical check of it, and the gradient p − y.
# pt: A jacobiana da softmax, uma verificação numérica dela e o gradiente p − y.
# ru: Матрица Якоби softmax, её численная проверка и градиент p − y.
import numpy as np
from scipy.special import softmax

np.set_printoptions(precision=4)
z = np.array([2.0, -1.0, 0.5])
p = softmax(z)

# en: J = diag(p) − p pᵀ: p_i (1 − p_i) on the diagonal, −p_i p_j elsewhere.
# pt: J = diag(p) − p pᵀ: p_i (1 − p_i) na diagonal, −p_i p_j fora dela.
# ru: J = diag(p) − p pᵀ: p_i (1 − p_i) на диагонали, −p_i p_j вне её.
J = np.diag(p) - np.outer(p, p)
print("J =\n", J)

# en: Raise the third logit a little: J @ dz predicts the change, softmax gives the actual one.
# pt: Aumente um pouco o terceiro logito: J @ dz prevê a variação; a softmax dá a real.
# ru: Чуть увеличим третий логит: J @ dz предсказывает изменение, softmax даёт настоящее.
dz = np.array([0.0, 0.0, 0.1])
print("J @ dz =", J @ dz)
print("actual =", softmax(z + dz) - p)

# en: Backpropagation never builds J: Jᵀ g = p * (g − p·g), here for g = ∂L/∂p of −log p_1.
# pt: A retropropagação nunca monta J: Jᵀ g = p * (g − p·g), aqui com g = ∂L/∂p de −log p_1.
# ru: Обратное распространение не строит J: Jᵀ g = p * (g − p·g), здесь для g = ∂L/∂p от −log p_1.
g = np.array([-1 / p[0], 0.0, 0.0])
vjp = p * (g - p @ g)
print("same as J.T @ g:", np.allclose(vjp, J.T @ g))

# en: It is p − y, with y the one-hot vector of the first class.
# pt: O resultado é p − y, em que y é o vetor one-hot da primeira classe.
# ru: Получается p − y, где y — one-hot-вектор первого класса.
print("dL/dz =", vjp)
