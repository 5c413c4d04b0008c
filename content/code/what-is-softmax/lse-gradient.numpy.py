# en: Softmax is the gradient of log-sum-exp. NumPy has no autograd:
# en: central differences approximate each partial derivative.
# pt: A softmax é o gradiente do log-sum-exp. O NumPy não tem autograd:
# pt: diferenças centrais aproximam cada derivada parcial.
# ru: Softmax — градиент log-sum-exp. В NumPy нет автодифференцирования:
# ru: каждую частную производную приближают центральные разности.
import numpy as np
from scipy.special import logsumexp, softmax

z = np.array([2.0, -1.0, 0.5])

print("LSE(z) =", logsumexp(z))
h = 1e-6
E = np.eye(3)
grad = np.array([(logsumexp(z + h * E[k]) - logsumexp(z - h * E[k])) / (2 * h) for k in range(3)])
print("grad LSE(z) =", grad)
p = softmax(z)
print("softmax(z) =", p)
print("equal:", np.allclose(grad, p))
