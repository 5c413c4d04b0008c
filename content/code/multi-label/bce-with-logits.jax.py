# en: Multi-label output: one sigmoid per label and a binary cross-entropy per label,
# en: computed from the logits with log_sigmoid (stable), differentiated by jax.grad.
# pt: Saída multirrótulo: uma sigmoide por rótulo e uma entropia cruzada binária por rótulo,
# pt: calculadas a partir dos logitos com log_sigmoid (estável) e derivadas pelo jax.grad.
# ru: Выход с несколькими метками: по сигмоиде и по бинарной перекрёстной энтропии на метку,
# ru: прямо из логитов через log_sigmoid (устойчиво), производная — через jax.grad.
import jax
import jax.numpy as jnp

# en: Labels: cat, hen, dog, person. The photo shows a cat and a hen.
# pt: Rótulos: gato, galinha, cachorro, pessoa. A foto mostra um gato e uma galinha.
# ru: Метки: кошка, курица, собака, человек. На фото кошка и курица.
z = jnp.array([3.0, 2.5, -1.0, -2.0])
y = jnp.array([1.0, 1.0, 0.0, 0.0])
print("s =", jax.nn.sigmoid(z))


def bce(z, y, pos_weight=1.0):
    # en: log(1 − σ(z)) = log σ(−z).
    # pt: log(1 − σ(z)) = log σ(−z).
    # ru: log(1 − σ(z)) = log σ(−z).
    return -(pos_weight * y * jax.nn.log_sigmoid(z) + (1 - y) * jax.nn.log_sigmoid(-z))


print("per label =", bce(z, y))
print("L =", bce(z, y).sum())
print("dL/dz =", jax.grad(lambda z: bce(z, y).sum())(z))

# en: Rare labels: pos_weight = negatives / positives per label, counted on the training set
# en: (here 40, 10, 30 and 5 photos of 100). It scales only the terms where y = 1.
# pt: Rótulos raros: pos_weight = negativos / positivos por rótulo, contados nos dados de treinamento
# pt: (aqui 40, 10, 30 e 5 fotos de 100). Ele só multiplica os termos em que y = 1.
# ru: Редкие метки: pos_weight = (число отрицательных) / (число положительных) для каждой метки по обучающей
# ru: выборке (здесь 40, 10, 30 и 5 фото из 100). Он умножает только слагаемые с y = 1.
positives = jnp.array([40.0, 10.0, 30.0, 5.0])
pos_weight = (100 - positives) / positives
print("pos_weight =", pos_weight)
print("L weighted =", bce(z, y, pos_weight).sum())
