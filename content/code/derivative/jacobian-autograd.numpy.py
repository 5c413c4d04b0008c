# en: Proposition by proposition: J = diag(p) − p pᵀ against central differences (NumPy has
# en: no autograd), its symmetry, zero row sums and trace, and the gradient p − y.
# pt: Proposição por proposição: J = diag(p) − p pᵀ comparada com diferenças centrais (o NumPy não
# pt: tem autograd), sua simetria, linhas de soma zero e traço, e o gradiente p − y.
# ru: Утверждение за утверждением: J = diag(p) − p pᵀ против центральных разностей (в NumPy
# ru: нет автодифференцирования), её симметрия, нулевые суммы строк и след, и градиент p − y.
import numpy as np
from scipy.special import logsumexp, softmax

np.set_printoptions(precision=4)
z = np.array([2.0, -1.0, 0.5])
p = softmax(z)
J = np.diag(p) - np.outer(p, p)
print("J =\n", J)

# en: Column k of the Jacobian ≈ (σ(z + h e_k) − σ(z − h e_k)) / 2h.
# pt: A coluna k da jacobiana ≈ (σ(z + h e_k) − σ(z − h e_k)) / 2h.
# ru: Столбец k матрицы Якоби ≈ (σ(z + h e_k) − σ(z − h e_k)) / 2h.
h = 1e-5
E = np.eye(3)
J_num = np.column_stack([(softmax(z + h * E[k]) - softmax(z - h * E[k])) / (2 * h) for k in range(3)])
print("differences agree:", np.allclose(J_num, J))
print("symmetric:", np.array_equal(J, J.T))
print("rows sum to zero:", np.allclose(J.sum(axis=1), 0.0))
print("squared norm of p =", p @ p)
print("tr J =", np.trace(J))

# en: L(z) = LSE(z) − yᵀz with the first class correct: ∇L = p − y.
# pt: L(z) = LSE(z) − yᵀz com a primeira classe correta: ∇L = p − y.
# ru: L(z) = LSE(z) − yᵀz, верный класс первый: ∇L = p − y.
y = E[0]
grad_num = np.array([(logsumexp(z + h * E[k]) - logsumexp(z - h * E[k])) / (2 * h) for k in range(3)]) - y
print("grad L =", p - y)
print("differences agree:", np.allclose(grad_num, p - y))
