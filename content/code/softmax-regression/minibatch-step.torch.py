# en: One minibatch step of softmax regression: logits, probabilities, p − y, gradients, update.
# pt: Um passo de minilote da regressão softmax: logitos, probabilidades, p − y, gradientes, atualização.
# ru: Один шаг обучения softmax-регрессии на мини-пакете: логиты, вероятности, p − y, градиенты, обновление.
import torch
import torch.nn.functional as F

# en: A toy batch: four "images" of three pixels (1 = ink), three classes.
# pt: Um lote de brinquedo: quatro “imagens” de três pixels (1 = tinta), três classes.
# ru: Игрушечный пакет: четыре «картинки» по три пикселя (1 = чернила), три класса.
X = torch.tensor([[1, 0, 1], [0, 1, 1], [1, 1, 0], [0, 0, 1]], dtype=torch.float64)
y = torch.tensor([0, 1, 2, 1])
W = torch.tensor([[0.2, -0.1, 0.0], [0.0, 0.3, -0.2], [0.1, 0.0, 0.1]],
                 dtype=torch.float64, requires_grad=True)
b = torch.zeros(3, dtype=torch.float64, requires_grad=True)
eta = 0.5

# en: Autograd computes the same gradients as X^T (P − Y) / B and the mean of P − Y.
# pt: O autograd chega aos mesmos gradientes dados por X^T (P − Y) / B e pela média de P − Y.
# ru: Autograd находит те же градиенты, что дают формулы X^T (P − Y) / B и среднее P − Y.
loss = F.cross_entropy(X @ W + b, y)
loss.backward()
print(f"loss before: {loss.item():.4f}")
print("grad b:", " ".join(f"{v:.4f}" for v in b.grad.tolist()))
print("grad W:", " ".join(f"{v:.4f}" for v in W.grad.flatten().tolist()))

# en: Step against the gradient; the loss of the batch goes down.
# pt: Um passo no sentido contrário ao do gradiente; a perda do lote diminui.
# ru: Шаг против градиента: потери на пакете уменьшаются.
with torch.no_grad():
    W -= eta * W.grad
    b -= eta * b.grad
    print(f"loss after: {F.cross_entropy(X @ W + b, y).item():.4f}")
