# en: A cross-entropy that takes logits, like PyTorch's F.cross_entropy.
# pt: Uma entropia cruzada que recebe logitos, como o F.cross_entropy do PyTorch.
# ru: Перекрёстная энтропия, принимающая логиты, как F.cross_entropy в PyTorch.
import jax
import jax.numpy as jnp


def cross_entropy(logits, target):
    return -jax.nn.log_softmax(logits)[target]


def cross_entropy_bug(logits, target):
    return cross_entropy(jax.nn.softmax(logits), target)


# en: One image, three classes (cat, dog, hen); the correct class is the hen, index 2.
# pt: Uma imagem, três classes (gato, cachorro, galinha); a classe correta é a galinha, índice 2.
# ru: Одно изображение, три класса (кошка, собака, курица); верный класс — курица, индекс 2.
z = jnp.array([2.0, -1.0, 0.5])
target = 2

# en: Right: pass the logits. jax.grad finds the gradient p − y.
# pt: Certo: passe os logitos. O jax.grad encontra o gradiente p − y.
# ru: Правильно: передаём логиты. jax.grad находит градиент p − y.
loss, grad = jax.value_and_grad(cross_entropy)(z, target)
print("loss =", loss)
print("grad =", grad)

# en: Bug: softmax first, so the loss applies a second softmax to the probabilities:
# en: the loss is wrong and the gradient much weaker.
# pt: Erro: softmax antes, e a perda aplica uma segunda softmax às probabilidades:
# pt: a perda sai errada e o gradiente, bem mais fraco.
# ru: Ошибка: сначала softmax, и функция потерь применяет softmax к вероятностям ещё раз:
# ru: потеря неверна, а градиент намного слабее.
loss, grad = jax.value_and_grad(cross_entropy_bug)(z, target)
print("loss =", loss)
print("grad =", grad)
