# en: The library call, then the textbook formula without the shift.
# pt: A chamada da biblioteca e, depois, a fórmula do livro, sem o deslocamento.
# ru: Вызов библиотечной функции, а затем формула из учебника, без сдвига.
import numpy as np
from scipy.special import softmax

z = np.array([2.0, -1.0, 0.5])

# en: SciPy subtracts the maximum for you.
# pt: O SciPy subtrai o máximo por você.
# ru: SciPy сам вычитает максимум.
p = softmax(z)
print("softmax(z) =", p)
print("sum =", p.sum())

# en: Without the shift: larger numbers, the same probabilities.
# pt: Sem o deslocamento: números maiores, as mesmas probabilidades.
# ru: Без сдвига числа больше, а вероятности те же.
raw = np.exp(z)
print("exp(z) =", raw)
print("sum =", raw.sum())
print("exp(z) / sum =", raw / raw.sum())
