# en: Softmax with a temperature is softmax(z / T); the entropy H(p) shows how spread out p is.
# pt: A softmax com temperatura é softmax(z / T); a entropia H(p) mostra o quanto p se espalha.
# ru: Softmax с температурой — это softmax(z / T); энтропия H(p) показывает, насколько размазано p.
import numpy as np
from scipy.special import softmax
from scipy.stats import entropy

z = np.array([2.0, -1.0, 0.5])

# en: T must be positive: z / 0 is not a distribution (greedy choice is simply argmax).
# pt: T precisa ser positivo: z / 0 não é uma distribuição (a escolha gulosa é simplesmente o argmax).
# ru: T должна быть положительной: z / 0 не даёт распределения (жадный выбор — это просто argmax).
for T in [0.1, 0.5, 1, 2, 10]:
    p = softmax(z / T)
    # en: scipy.stats.entropy uses the natural logarithm: nats.
    # pt: O scipy.stats.entropy usa o logaritmo natural: o resultado sai em nats.
    # ru: scipy.stats.entropy берёт натуральный логарифм: результат в натах.
    print(f"T = {T:<4} p = {p}  H = {entropy(p):.4f}")

# en: The largest possible entropy for three classes.
# pt: A maior entropia possível para três classes.
# ru: Наибольшая возможная энтропия для трёх классов.
print(f"max entropy = {np.log(3):.4f}")
