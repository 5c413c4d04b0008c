# en: A softmax policy: preferences h = W x, probabilities π = softmax(h), then a seeded
# en: draw of actions (left, right, up, down) from π.
# pt: Uma política softmax: preferências h = W x, probabilidades π = softmax(h) e um sorteio
# pt: de ações com semente fixa (esquerda, direita, cima, baixo) a partir de π.
# ru: Softmax-стратегия: предпочтения h = W x, вероятности π = softmax(h) и выбор действий
# ru: (влево, вправо, вверх, вниз) из π с фиксированным зерном генератора.
import jax
import jax.numpy as jnp

x = jnp.array([1.0, 0.0, 1.0, 1.0])
W = jnp.array([[4, 2, 0, 0], [3, 1, 0.5, 0], [0, 5, 4, 0], [-1, 0, 0, 10]])
h = W @ x
pi = jax.nn.softmax(h)
print("h =", h)
print("pi =", pi)

# en: jax.random.categorical takes the logits h and applies the softmax itself:
# en: passing pi would sample from softmax(pi), a much flatter policy.
# pt: O jax.random.categorical recebe os logitos h e ele mesmo aplica a softmax:
# pt: passar pi sortearia de softmax(pi), uma política bem mais achatada.
# ru: jax.random.categorical принимает логиты h и сам применяет softmax:
# ru: если передать pi, выборка пойдёт из softmax(pi), гораздо более плоской стратегии.
key = jax.random.key(0)
actions = jax.random.categorical(key, h, shape=(100_000,))

# en: Over many draws the frequencies approach π.
# pt: Com muitos sorteios, as frequências se aproximam de π.
# ru: На большом числе выборок частоты приближаются к π.
freq = jnp.bincount(actions, length=4) / actions.size
print("frequencies =", " ".join(f"{f:.2f}" for f in freq.tolist()))
