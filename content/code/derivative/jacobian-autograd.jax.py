# en: Proposition by proposition: J = diag(p) − p pᵀ against autodiff, its symmetry,
# en: zero row sums and trace, and the cross-entropy: gradient p − y, Hessian J.
# pt: Proposição por proposição: J = diag(p) − p pᵀ comparada com a diferenciação automática, sua simetria,
# pt: linhas de soma zero e traço, e a entropia cruzada: gradiente p − y, hessiana J.
# ru: Утверждение за утверждением: J = diag(p) − p pᵀ против автодифференцирования, её симметрия,
# ru: нулевые суммы строк и след, и перекрёстная энтропия: градиент p − y, гессиан J.
import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp
import numpy as np

np.set_printoptions(precision=4)
z = jnp.array([2.0, -1.0, 0.5])
p = jax.nn.softmax(z)
J = jnp.diag(p) - jnp.outer(p, p)
print("J =\n", np.asarray(J))

# en: Reverse mode (jacrev) and forward mode (jacfwd) give the same matrix.
# pt: O modo reverso (jacrev) e o modo direto (jacfwd) dão a mesma matriz.
# ru: Обратный (jacrev) и прямой (jacfwd) режимы дают ту же матрицу.
print("jacrev agrees:", bool(jnp.allclose(jax.jacrev(jax.nn.softmax)(z), J)))
print("jacfwd agrees:", bool(jnp.allclose(jax.jacfwd(jax.nn.softmax)(z), J)))
print("symmetric:", bool(jnp.array_equal(J, J.T)))
print("rows sum to zero:", bool(jnp.allclose(J.sum(axis=1), 0.0)))
print("squared norm of p =", float(p @ p))
print("tr J =", float(jnp.trace(J)))


# en: L(z) = LSE(z) − yᵀz with the first class correct: ∇L = p − y and ∇²L = J.
# pt: L(z) = LSE(z) − yᵀz com a primeira classe correta: ∇L = p − y e ∇²L = J.
# ru: L(z) = LSE(z) − yᵀz, верный класс первый: ∇L = p − y и ∇²L = J.
def loss(x):
    return jax.nn.logsumexp(x) - x[0]


print("grad L =", np.asarray(jax.grad(loss)(z)))
print("Hessian equals J:", bool(jnp.allclose(jax.hessian(loss)(z), J)))
