# en: One minibatch step of softmax regression: logits, probabilities, p − y, gradients, update.
# pt: Um passo de minilote da regressão softmax: logitos, probabilidades, p − y, gradientes, atualização.
# ru: Один шаг обучения softmax-регрессии на мини-пакете: логиты, вероятности, p − y, градиенты, обновление.
import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp

# en: A toy batch: four "images" of three pixels (1 = ink), three classes.
# pt: Um lote de brinquedo: quatro “imagens” de três pixels (1 = tinta), três classes.
# ru: Игрушечный пакет: четыре «картинки» по три пикселя (1 = чернила), три класса.
X = jnp.array([[1, 0, 1], [0, 1, 1], [1, 1, 0], [0, 0, 1]], dtype=jnp.float64)
y = jnp.array([0, 1, 2, 1])
W = jnp.array([[0.2, -0.1, 0.0], [0.0, 0.3, -0.2], [0.1, 0.0, 0.1]])
b = jnp.zeros(3)
eta = 0.5


def loss(W, b):
    logp = jax.nn.log_softmax(X @ W + b, axis=1)
    return -logp[jnp.arange(len(y)), y].mean()


# en: jax.grad differentiates the loss; the result equals X^T (P − Y) / B and the mean of P − Y.
# pt: jax.grad deriva a perda; o resultado é igual a X^T (P − Y) / B e à média de P − Y.
# ru: jax.grad дифференцирует функцию потерь; результат совпадает с X^T (P − Y) / B и средним P − Y.
grad_W, grad_b = jax.grad(loss, argnums=(0, 1))(W, b)
print(f"loss before: {loss(W, b):.4f}")
print("grad b:", " ".join(f"{v:.4f}" for v in grad_b.tolist()))
print("grad W:", " ".join(f"{v:.4f}" for v in grad_W.ravel().tolist()))

# en: Step against the gradient; the loss of the batch goes down.
# pt: Um passo no sentido contrário ao do gradiente; a perda do lote diminui.
# ru: Шаг против градиента: потери на пакете уменьшаются.
W, b = W - eta * grad_W, b - eta * grad_b
print(f"loss after: {loss(W, b):.4f}")
