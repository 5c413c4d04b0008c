# en: The library call, then the textbook formula without the shift.
# pt: A chamada da biblioteca e, depois, a fórmula do livro, sem o deslocamento.
# ru: Вызов библиотечной функции, а затем формула из учебника, без сдвига.
import jax
import jax.numpy as jnp

z = jnp.array([2.0, -1.0, 0.5])

# en: JAX subtracts the maximum for you (over the last axis by default).
# pt: O JAX subtrai o máximo por você (no último eixo, por padrão).
# ru: JAX сам вычитает максимум (по умолчанию по последней оси).
p = jax.nn.softmax(z)
print("softmax(z) =", p)
print("sum =", p.sum())

# en: Without the shift: larger numbers, the same probabilities.
# pt: Sem o deslocamento: números maiores, as mesmas probabilidades.
# ru: Без сдвига числа больше, а вероятности те же.
raw = jnp.exp(z)
print("exp(z) =", raw)
print("sum =", raw.sum())
print("exp(z) / sum =", raw / raw.sum())
