# en: Argmax and softmax on the same logits, and the gradient jax.grad finds for each.
# pt: Argmax e softmax com os mesmos logitos, e o gradiente que o jax.grad encontra para cada um.
# ru: Argmax и softmax на одних и тех же логитах и градиент, который jax.grad находит для каждой.
import jax
import jax.numpy as jnp

z = jnp.array([2.0, -1.0, 0.5])

# en: Argmax returns an integer: jax.grad refuses to differentiate it.
# pt: O argmax devolve um inteiro: o jax.grad se recusa a derivá-lo.
# ru: Argmax возвращает целое число, и jax.grad отказывается его дифференцировать.
print("argmax =", jnp.argmax(z))
try:
    jax.grad(jnp.argmax)(z)
except TypeError:
    print("jax.grad(argmax): TypeError, no gradient")

# en: A nudge of a logit leaves argmax unchanged: its slope is 0 wherever it exists.
# pt: Um empurrão num logito não muda o argmax: onde a inclinação existe, ela é 0.
# ru: Малый сдвиг логита не меняет argmax: там, где наклон существует, он равен нулю.
nudged = z + jnp.array([0.0, 0.0, 0.01])
print("same argmax after a nudge:", bool(jnp.argmax(nudged) == jnp.argmax(z)))

# en: Softmax is differentiable: d p3 / dz = p3 (δ − p).
# pt: A softmax é diferenciável: d p3 / dz = p3 (δ − p).
# ru: Softmax дифференцируема: d p3 / dz = p3 (δ − p).
p = jax.nn.softmax(z)
print("p =", p)
print("d p3 / dz =", jax.grad(lambda z: jax.nn.softmax(z)[2])(z))
