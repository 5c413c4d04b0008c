# en: A softmax policy: preferences h = W x, probabilities π = softmax(h), then a seeded
# en: draw of actions (left, right, up, down) from π.
# pt: Uma política softmax: preferências h = W x, probabilidades π = softmax(h) e um sorteio
# pt: de ações com semente fixa (esquerda, direita, cima, baixo) a partir de π.
# ru: Softmax-стратегия: предпочтения h = W x, вероятности π = softmax(h) и выбор действий
# ru: (влево, вправо, вверх, вниз) из π с фиксированным зерном генератора.
import numpy as np
from scipy.special import softmax

x = np.array([1.0, 0.0, 1.0, 1.0])
W = np.array([[4, 2, 0, 0], [3, 1, 0.5, 0], [0, 5, 4, 0], [-1, 0, 0, 10]])
h = W @ x
pi = softmax(h)
print("h =", h)
print("pi =", pi)

# en: A Generator with a seed, not the global np.random: the same draws on every run.
# en: choice needs probabilities that sum to 1, so pass softmax(h), not h.
# pt: Um Generator com semente, não o np.random global: os mesmos sorteios a cada execução.
# pt: O choice exige probabilidades que somem 1; passe softmax(h), não h.
# ru: Generator с зерном, а не глобальный np.random: при каждом запуске те же выборки.
# ru: Методу choice нужны вероятности с суммой 1, поэтому передаём softmax(h), а не h.
rng = np.random.default_rng(seed=0)
actions = rng.choice(4, size=100_000, p=pi)

# en: Over many draws the frequencies approach π.
# pt: Com muitos sorteios, as frequências se aproximam de π.
# ru: На большом числе выборок частоты приближаются к π.
freq = np.bincount(actions, minlength=4) / len(actions)
print("frequencies =", " ".join(f"{f:.2f}" for f in freq))
