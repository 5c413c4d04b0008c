# en: The Jacobian of softmax from the formula and from jax.jacfwd, a numerical check, and p − y.
# en: Float64, so that the small differences below keep their digits.
# pt: A jacobiana da softmax pela fórmula e pelo jax.jacfwd, uma verificação numérica e p − y.
# pt: Em float64, para que as pequenas diferenças abaixo mantenham seus dígitos.
# ru: Матрица Якоби softmax по формуле и через jax.jacfwd, численная проверка и p − y.
# ru: Во float64, чтобы малые разности ниже не теряли знаков.
import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp
import numpy as np

np.set_printoptions(precision=4)
z = jnp.array([2.0, -1.0, 0.5])
p = jax.nn.softmax(z)

# en: J = diag(p) − p pᵀ, and jax.jacfwd builds the same matrix.
# pt: J = diag(p) − p pᵀ, e o jax.jacfwd monta a mesma matriz.
# ru: J = diag(p) − p pᵀ, и jax.jacfwd строит ту же матрицу.
J = jnp.diag(p) - jnp.outer(p, p)
print("J =\n", np.asarray(J))
print("jacfwd agrees:", bool(jnp.allclose(jax.jacfwd(jax.nn.softmax)(z), J)))

# en: Raise the third logit a little: J @ dz predicts the change, softmax gives the actual one.
# pt: Aumente um pouco o terceiro logito: J @ dz prevê a variação; a softmax dá a real.
# ru: Чуть увеличим третий логит: J @ dz предсказывает изменение, softmax даёт настоящее.
dz = jnp.array([0.0, 0.0, 0.1])
print("J @ dz =", np.asarray(J @ dz))
print("actual =", np.asarray(jax.nn.softmax(z + dz) - p))

# en: jax.grad never builds J: it computes Jᵀ g directly. With the loss −log p_1
# en: it gives p − y, y the one-hot vector of the first class.
# pt: O jax.grad nunca monta J: calcula Jᵀ g diretamente. Com a perda −log p_1,
# pt: ele dá p − y, em que y é o vetor one-hot da primeira classe.
# ru: jax.grad не строит J, а сразу вычисляет Jᵀ g. Для функции потерь −log p_1
# ru: он даёт p − y, где y — one-hot-вектор первого класса.
print("dL/dz =", np.asarray(jax.grad(lambda x: -jax.nn.log_softmax(x)[0])(z)))
