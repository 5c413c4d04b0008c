# en: A softmax policy: preferences h = W x, probabilities π = softmax(h), then a seeded
# en: draw of actions (left, right, up, down) from π.
# pt: Uma política softmax: preferências h = W x, probabilidades π = softmax(h) e um sorteio
# pt: de ações com semente fixa (esquerda, direita, cima, baixo) a partir de π.
# ru: Softmax-стратегия: предпочтения h = W x, вероятности π = softmax(h) и выбор действий
# ru: (влево, вправо, вверх, вниз) из π с фиксированным зерном генератора.
import torch

x = torch.tensor([1.0, 0.0, 1.0, 1.0])
W = torch.tensor([[4, 2, 0, 0], [3, 1, 0.5, 0], [0, 5, 4, 0], [-1, 0, 0, 10]])
h = W @ x
pi = torch.softmax(h, dim=0)
print("h =", h)
print("pi =", pi)

# en: multinomial takes probabilities (or non-negative weights), never logits, and needs
# en: replacement=True to draw more samples than there are actions.
# pt: O multinomial recebe probabilidades (ou pesos não negativos), nunca logitos, e precisa
# pt: de replacement=True para sortear mais amostras do que há ações.
# ru: multinomial принимает вероятности (или неотрицательные веса), но не логиты, и без
# ru: replacement=True не выдаст больше выборок, чем есть действий.
gen = torch.Generator().manual_seed(0)
actions = torch.multinomial(pi, num_samples=100_000, replacement=True, generator=gen)

# en: Over many draws the frequencies approach π.
# pt: Com muitos sorteios, as frequências se aproximam de π.
# ru: На большом числе выборок частоты приближаются к π.
freq = torch.bincount(actions, minlength=4) / len(actions)
print("frequencies =", " ".join(f"{f:.2f}" for f in freq.tolist()))
