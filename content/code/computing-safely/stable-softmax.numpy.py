# en: The naive formula and the stable recipe on the logits (1000, 1001, 1002).
# pt: A fórmula ingênua e a receita estável com os logitos (1000, 1001, 1002).
# ru: Наивная формула и устойчивый рецепт на логитах (1000, 1001, 1002).
import numpy as np
from scipy.special import softmax

z = np.array([1000.0, 1001.0, 1002.0])

# en: Naive: every exponential overflows, and inf / inf is nan.
# en: (errstate only silences NumPy's warnings about it.)
# pt: Ingênua: todas as exponenciais estouram, e inf / inf dá nan.
# pt: (o errstate só silencia os avisos do NumPy sobre isso.)
# ru: Наивно: каждая экспонента переполняется, а inf / inf даёт nan.
# ru: (errstate лишь заглушает предупреждения NumPy об этом.)
with np.errstate(over="ignore", invalid="ignore"):
    e = np.exp(z)
    print("exp(z) =", e)
    print("naive =", e / e.sum())

# en: Stable: shift by the maximum, then exponentiate, add up, divide.
# pt: Estável: desloque pelo máximo, depois exponencie, some e divida.
# ru: Устойчиво: сдвигаем на максимум, затем экспонента, сумма, деление.
m = z.max()
d = z - m
e = np.exp(d)
S = e.sum()
print("m =", m)
print("d =", d)
print("exp(d) =", e)
print("S =", S)
print("p =", e / S)

# en: SciPy does the same internally.
# pt: O SciPy faz o mesmo internamente.
# ru: SciPy внутри делает то же самое.
print("softmax(z) =", softmax(z))
