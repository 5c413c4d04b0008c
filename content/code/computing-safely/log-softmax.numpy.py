# en: Log-sum-exp, log-softmax and the cross-entropy from logits, by hand and from SciPy.
# pt: Log-sum-exp, log-softmax e a entropia cruzada a partir dos logitos, à mão e com o SciPy.
# ru: Log-sum-exp, log-softmax и перекрёстная энтропия по логитам: вручную и через SciPy.
import numpy as np
from scipy.special import log_softmax, logsumexp, softmax

z = np.array([1000.0, 1001.0, 1002.0])

# en: By hand: LSE(z) = m + log Σ exp(z − m); log p = z − LSE(z); the loss for class 0 is LSE(z) − z[0].
# pt: À mão: LSE(z) = m + log Σ exp(z − m); log p = z − LSE(z); a perda da classe 0 é LSE(z) − z[0].
# ru: Вручную: LSE(z) = m + log Σ exp(z − m); log p = z − LSE(z); потери для класса 0 равны LSE(z) − z[0].
m = z.max()
lse = m + np.log(np.exp(z - m).sum())
print("LSE =", lse)
print("log p =", z - lse)
print("loss =", lse - z[0])

# en: The library functions.
# pt: As funções da biblioteca.
# ru: Библиотечные функции.
print("logsumexp =", logsumexp(z))
print("log_softmax =", log_softmax(z))
print("loss =", -log_softmax(z)[0])

# en: Logits (0, −1000), correct class 1: the probability underflows to 0 and −log 0 = inf,
# en: while LSE(z) − z[1] stays finite.
# pt: Logitos (0, −1000), classe correta 1: a probabilidade vira 0 por underflow e −log 0 = inf,
# pt: enquanto LSE(z) − z[1] continua finito.
# ru: Логиты (0, −1000), верный класс 1: вероятность обращается в 0 (исчезновение порядка),
# ru: и −log 0 = inf, а LSE(z) − z[1] остаётся конечной.
far = np.array([0.0, -1000.0])
with np.errstate(divide="ignore"):
    print("-log p =", -np.log(softmax(far)[1]))
print("LSE - z =", logsumexp(far) - far[1])
