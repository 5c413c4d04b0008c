# en: A cross-entropy that takes logits, like PyTorch's F.cross_entropy.
# pt: Uma entropia cruzada que recebe logitos, como o F.cross_entropy do PyTorch.
# ru: Перекрёстная энтропия, принимающая логиты, как F.cross_entropy в PyTorch.
import numpy as np
from scipy.special import log_softmax, softmax


def cross_entropy(logits, target):
    return -log_softmax(logits)[target]


# en: One image, three classes (cat, dog, hen); the correct class is the hen, index 2.
# pt: Uma imagem, três classes (gato, cachorro, galinha); a classe correta é a galinha, índice 2.
# ru: Одно изображение, три класса (кошка, собака, курица); верный класс — курица, индекс 2.
z = np.array([2.0, -1.0, 0.5])
target = 2
y = np.eye(3)[target]

# en: Right: pass the logits. The gradient is p − y.
# pt: Certo: passe os logitos. O gradiente é p − y.
# ru: Правильно: передаём логиты. Градиент равен p − y.
p = softmax(z)
print("loss =", cross_entropy(z, target))
print("grad =", p - y)

# en: Bug: softmax first, so the loss applies a second softmax to the probabilities.
# en: By the chain rule the gradient passes through the Jacobian of the first softmax,
# en: J = diag(p) − p pᵀ, and comes out much weaker.
# pt: Erro: softmax antes, e a perda aplica uma segunda softmax às probabilidades.
# pt: Pela regra da cadeia, o gradiente passa pela jacobiana da primeira softmax,
# pt: J = diag(p) − p pᵀ, e sai bem mais fraco.
# ru: Ошибка: сначала softmax, и функция потерь применяет softmax к вероятностям ещё раз.
# ru: По цепному правилу градиент проходит через матрицу Якоби первой softmax,
# ru: J = diag(p) − p pᵀ, и выходит намного слабее.
J = np.diag(p) - np.outer(p, p)
print("loss =", cross_entropy(p, target))
print("grad =", J.T @ (softmax(p) - y))
