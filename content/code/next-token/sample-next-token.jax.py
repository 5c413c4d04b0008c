# en: Decoding one token: temperature, then top-k, then top-p (nucleus), then a seeded draw.
# pt: Decodificar um token: temperatura, depois top-k, depois top-p (núcleo) e, por fim, um sorteio com semente.
# ru: Декодирование одного токена: температура, затем top-k, затем top-p (ядро) и выбор с зерном.
import jax
import jax.numpy as jnp

jax.config.update("jax_enable_x64", True)

z = jnp.array([3.2, 2.5, 2.1, 1.4, 0.9, 0.3, -0.5, -1.2])
T, k, top_p = 0.8, 5, 0.9

# en: Step 1: softmax of the logits divided by T.
# pt: Passo 1: softmax dos logitos divididos por T.
# ru: Шаг 1: softmax от логитов, делённых на T.
p = jax.nn.softmax(z / T)
print("softmax(z/T) =", p.round(4))

# en: Step 2: top-k keeps the k largest shares and renormalises them.
# pt: Passo 2: o top-k mantém as k maiores fatias e as renormaliza.
# ru: Шаг 2: top-k оставляет k наибольших долей и перенормирует их.
values, idx = jax.lax.top_k(p, k)
p_k = jnp.zeros_like(p).at[idx].set(values)
p_k = p_k / p_k.sum()
print("top-k =", p_k.round(4))

# en: Step 3: top-p keeps the shortest prefix of the ranking whose mass reaches p.
# pt: Passo 3: o top-p mantém o menor prefixo da lista ordenada cuja massa chega a p.
# ru: Шаг 3: top-p оставляет наименьшее число верхних токенов с суммарной массой не меньше p.
order = jnp.argsort(-p_k, stable=True)
size = int(jnp.searchsorted(jnp.cumsum(p_k[order]), top_p)) + 1
p_p = jnp.zeros_like(p_k).at[order[:size]].set(p_k[order[:size]])
p_p = p_p / p_p.sum()
print("top-p =", p_p.round(4))

# en: Step 4: a seeded key draws tokens; categorical takes logits, so pass log p_p
# en: (log 0 = −inf: a dropped token is never drawn).
# pt: Passo 4: uma chave com semente sorteia tokens; o categorical recebe logitos, então
# pt: passe log p_p (log 0 = −inf: um token cortado nunca é sorteado).
# ru: Шаг 4: ключ с зерном выбирает токены; categorical принимает логиты, поэтому
# ru: передаём log p_p (log 0 = −inf: отброшенный токен не выпадет никогда).
key = jax.random.key(42)
draws = jax.random.categorical(key, jnp.log(p_p), shape=(100_000,))
freq = jnp.bincount(draws, length=len(z)) / draws.size
print("frequencies =", " ".join(f"{f:.2f}" for f in freq.tolist()))
