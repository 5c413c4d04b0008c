# en: Softmax with a temperature is softmax(z / T); the entropy H(p) shows how spread out p is.
# pt: A softmax com temperatura é softmax(z / T); a entropia H(p) mostra o quanto p se espalha.
# ru: Softmax с температурой — это softmax(z / T); энтропия H(p) показывает, насколько размазано p.
import math

import torch
from torch.distributions import Categorical

z = torch.tensor([2.0, -1.0, 0.5])

# en: T must be positive: z / 0 is not a distribution (greedy choice is simply argmax).
# pt: T precisa ser positivo: z / 0 não é uma distribuição (a escolha gulosa é simplesmente o argmax).
# ru: T должна быть положительной: z / 0 не даёт распределения (жадный выбор — это просто argmax).
for T in [0.1, 0.5, 1, 2, 10]:
    p = torch.softmax(z / T, dim=0)
    # en: Categorical(logits=z / T) gives the same p and computes the entropy in nats.
    # pt: Categorical(logits=z / T) dá o mesmo p e calcula a entropia em nats.
    # ru: Categorical(logits=z / T) даёт то же p и считает энтропию в натах.
    H = Categorical(logits=z / T).entropy()
    print(f"T = {T:<4} p = {p}  H = {H:.4f}")

# en: The largest possible entropy for three classes.
# pt: A maior entropia possível para três classes.
# ru: Наибольшая возможная энтропия для трёх классов.
print(f"max entropy = {math.log(3):.4f}")
