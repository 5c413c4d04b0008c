# en: Masking in float16: −inf, jnp.finfo(dtype).min and −1e9, and a row whose keys are all masked
# en: (a query with only padding to look at).
# pt: Máscaras em float16: −inf, jnp.finfo(dtype).min e −1e9, e uma linha com todas as chaves
# pt: mascaradas (uma consulta que só poderia olhar para preenchimento).
# ru: Маски во float16: −inf, jnp.finfo(dtype).min и −1e9, а также строка, где замаскированы все
# ru: ключи (запрос, которому доступно одно лишь заполнение).
import jax
import jax.numpy as jnp
import numpy as np

scores = jnp.array([[2.8284, 0.0, 1.4142]], dtype=jnp.float16)
blocked = jnp.ones((1, 3), dtype=bool)

# en: −inf works on partly masked rows, but a fully masked row is 0/0: NaN, which then
# en: spreads into the output and the gradients.
# pt: −inf funciona em linhas parcialmente mascaradas, mas uma linha toda mascarada dá 0/0: NaN,
# pt: que depois se espalha pela saída e pelos gradientes.
# ru: −inf годится для частично замаскированных строк, но полностью замаскированная даёт 0/0: NaN,
# ru: который затем расползается по выходу и градиентам.
print("infinite mask:", jax.nn.softmax(jnp.where(blocked, -jnp.inf, scores), axis=-1))

# en: −1e9 does not fit in float16 (its largest value is 65504): it becomes −inf, same NaN.
# pt: −1e9 não cabe em float16 (o maior valor é 65504): vira −inf, e o mesmo NaN.
# ru: −1e9 не помещается во float16 (наибольшее значение 65504): получается −inf и тот же NaN.
# en: (errstate only silences NumPy's overflow warning.)
# pt: (O errstate só silencia o aviso de estouro do NumPy.)
# ru: (errstate лишь заглушает предупреждение NumPy о переполнении.)
with np.errstate(over="ignore"):
    print("minus a billion in float16:", jnp.array(-1e9, dtype=jnp.float16))

# en: The fix: the most negative finite number of the dtype keeps the row finite (uniform
# en: weights over nothing), and zeroing the rows with no allowed key removes them.
# en: (jax.nn.dot_product_attention does the same for fully masked rows.)
# pt: A correção: o número finito mais negativo do dtype mantém a linha finita (pesos
# pt: uniformes sobre nada), e zerar as linhas sem nenhuma chave permitida as elimina.
# pt: (O jax.nn.dot_product_attention faz o mesmo com linhas todas mascaradas.)
# ru: Исправление: наименьшее конечное число типа оставляет строку конечной (равные веса
# ru: «ни на что»), а обнуление строк без разрешённых ключей убирает их.
# ru: (jax.nn.dot_product_attention поступает так же с полностью замаскированными строками.)
neg = jnp.finfo(scores.dtype).min
print("finfo.min =", float(neg))
A = jax.nn.softmax(jnp.where(blocked, neg, scores), axis=-1)
print("weights =", A)
print("zeroed:", jnp.where(blocked.all(axis=-1, keepdims=True), 0, A))
