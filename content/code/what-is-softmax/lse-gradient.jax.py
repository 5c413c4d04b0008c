# en: Softmax is the gradient of log-sum-exp: jax.grad differentiates logsumexp.
# en: Float64, like the page.
# pt: A softmax é o gradiente do log-sum-exp: o jax.grad deriva o logsumexp.
# pt: Em float64, como na página.
# ru: Softmax — градиент log-sum-exp: jax.grad дифференцирует logsumexp.
# ru: Во float64, как на странице.
import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp
from jax.scipy.special import logsumexp

z = jnp.array([2.0, -1.0, 0.5])

print("LSE(z) =", float(logsumexp(z)))
grad = jax.grad(logsumexp)(z)
print("grad LSE(z) =", grad)
p = jax.nn.softmax(z)
print("softmax(z) =", p)
print("equal:", bool(jnp.allclose(grad, p)))
