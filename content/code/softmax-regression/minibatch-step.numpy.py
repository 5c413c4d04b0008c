# en: One minibatch step of softmax regression: logits, probabilities, p − y, gradients, update.
# pt: Um passo de minilote da regressão softmax: logitos, probabilidades, p − y, gradientes, atualização.
# ru: Один шаг обучения softmax-регрессии на мини-пакете: логиты, вероятности, p − y, градиенты, обновление.
import numpy as np
from scipy.special import log_softmax, softmax

# en: A toy batch: four "images" of three pixels (1 = ink), three classes.
# pt: Um lote de brinquedo: quatro “imagens” de três pixels (1 = tinta), três classes.
# ru: Игрушечный пакет: четыре «картинки» по три пикселя (1 = чернила), три класса.
X = np.array([[1, 0, 1], [0, 1, 1], [1, 1, 0], [0, 0, 1]], dtype=float)
y = np.array([0, 1, 2, 1])
W = np.array([[0.2, -0.1, 0.0], [0.0, 0.3, -0.2], [0.1, 0.0, 0.1]])
b = np.zeros(3)
eta = 0.5


def loss(W, b):
    return -log_softmax(X @ W + b, axis=1)[np.arange(len(y)), y].mean()


P = softmax(X @ W + b, axis=1)
G = P - np.eye(3)[y]  # p − y, one row per image
grad_W = X.T @ G / len(y)
grad_b = G.mean(axis=0)
print(f"loss before: {loss(W, b):.4f}")
print("grad b:", " ".join(f"{v:.4f}" for v in grad_b))
print("grad W:", " ".join(f"{v:.4f}" for v in grad_W.ravel()))

# en: Step against the gradient; the loss of the batch goes down.
# pt: Um passo no sentido contrário ao do gradiente; a perda do lote diminui.
# ru: Шаг против градиента: потери на пакете уменьшаются.
W, b = W - eta * grad_W, b - eta * grad_b
print(f"loss after: {loss(W, b):.4f}")
