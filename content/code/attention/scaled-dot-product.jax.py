# en: Attention by hand, softmax(Q Kᵀ / √d) V, and the same with jax.nn.dot_product_attention.
# pt: Atenção à mão, softmax(Q Kᵀ / √d) V, e o mesmo com jax.nn.dot_product_attention.
# ru: Внимание вручную, softmax(Q Kᵀ / √d) V, и то же через jax.nn.dot_product_attention.
import jax
import jax.numpy as jnp

# en: Three tokens ("cats", "chase", "mice"), queries, keys and values of size d = 2.
# pt: Três tokens (“gatos”, “caçam”, “ratos”), consultas, chaves e valores de tamanho d = 2.
# ru: Три токена («кошки», «ловят», «мышей»), запросы, ключи и значения размера d = 2.
Q = jnp.array([[2.0, 0.0], [0.0, 2.0], [1.0, 1.0]])
K = jnp.array([[2.0, 1.0], [0.0, 2.0], [1.0, 0.0]])
V = jnp.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
d = Q.shape[-1]

# en: Softmax along the keys (the last axis): each row of A sums to 1.
# pt: Softmax ao longo das chaves (o último eixo): cada linha de A soma 1.
# ru: Softmax вдоль ключей (последняя ось): каждая строка A в сумме даёт 1.
scores = Q @ K.T / jnp.sqrt(d)
A = jax.nn.softmax(scores, axis=-1)
O = A @ V
print("A =", A)
print("O =", O)


# en: dot_product_attention wants (tokens, heads, size): add a head axis of length 1.
# pt: O dot_product_attention espera (tokens, cabeças, tamanho): acrescente um eixo de cabeças de tamanho 1.
# ru: dot_product_attention ожидает форму (токены, головы, размер): добавим ось голов длины 1.
def attention(**kwargs):
    return jax.nn.dot_product_attention(Q[:, None], K[:, None], V[:, None], **kwargs)[:, 0]


print("library matches:", bool(jnp.allclose(attention(), O)))

# en: Causal mask: −inf above the diagonal, so that a token never sees the tokens after it.
# pt: Máscara causal: −inf acima da diagonal, para que um token nunca veja os que vêm depois.
# ru: Каузальная маска: −inf над диагональю, чтобы токен не видел следующих за ним.
allowed = jnp.tril(jnp.ones((3, 3), dtype=bool))
A_masked = jax.nn.softmax(jnp.where(allowed, scores, -jnp.inf), axis=-1)
print("masked A =", A_masked)
print("is_causal matches:", bool(jnp.allclose(attention(is_causal=True), A_masked @ V)))

# en: A boolean mask means True = may attend (one mask per head: shape (1, 3, 3)).
# pt: Uma máscara booleana significa True = pode olhar (uma máscara por cabeça: forma (1, 3, 3)).
# ru: В булевой маске True означает «можно смотреть» (по маске на голову: форма (1, 3, 3)).
print("mask matches:", bool(jnp.allclose(attention(mask=allowed[None]), A_masked @ V)))
