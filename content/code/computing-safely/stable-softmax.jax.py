# en: The naive formula and the stable recipe on the logits (1000, 1001, 1002),
# en: in float64 like the page (JAX's default would be float32).
# pt: A fórmula ingênua e a receita estável com os logitos (1000, 1001, 1002),
# pt: em float64, como na página (o padrão do JAX seria float32).
# ru: Наивная формула и устойчивый рецепт на логитах (1000, 1001, 1002),
# ru: во float64, как на странице (по умолчанию JAX взял бы float32).
import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp

z = jnp.array([1000.0, 1001.0, 1002.0], dtype=jnp.float64)

# en: Naive: every exponential overflows, and inf / inf is nan.
# pt: Ingênua: todas as exponenciais estouram, e inf / inf dá nan.
# ru: Наивно: каждая экспонента переполняется, а inf / inf даёт nan.
e = jnp.exp(z)
print("exp(z) =", e)
print("naive =", e / e.sum())

# en: Stable: shift by the maximum, then exponentiate, add up, divide.
# pt: Estável: desloque pelo máximo, depois exponencie, some e divida.
# ru: Устойчиво: сдвигаем на максимум, затем экспонента, сумма, деление.
m = z.max()
d = z - m
e = jnp.exp(d)
S = e.sum()
print("m =", m)
print("d =", d)
print("exp(d) =", e)
print("S =", S)
print("p =", e / S)

# en: jax.nn.softmax does the same internally.
# pt: O jax.nn.softmax faz o mesmo internamente.
# ru: jax.nn.softmax внутри делает то же самое.
print("softmax(z) =", jax.nn.softmax(z))
