# en: Online softmax over blocks of 2, with the weighted sum, against the two-pass result.
# pt: Softmax online em blocos de 2, com a soma ponderada, comparada ao resultado de duas passadas.
# ru: Онлайн-softmax по блокам из 2 элементов вместе со взвешенной суммой и сверка с двухпроходным результатом.
import jax

# en: float64, so that the digits match the page (JAX defaults to float32).
# pt: float64, para que os dígitos coincidam com os da página (o padrão do JAX é float32).
# ru: float64, чтобы цифры совпали со страницей (по умолчанию в JAX float32).
jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp

x = jnp.array([1.0, 3.0, 2.0, 5.0, 4.0, 0.0])
v = jnp.array([2.0, -1.0, 0.0, 3.0, 1.0, 4.0])
block = 2

# en: The state: running maximum m, running sum l, unnormalised output o.
# pt: O estado: máximo acumulado m, soma acumulada l, saída não normalizada o.
# ru: Состояние: текущий максимум m, текущая сумма l, ненормированный выход o.
m, l, o = -jnp.inf, 0.0, 0.0
for start in range(0, len(x), block):
    xb, vb = x[start : start + block], v[start : start + block]
    m_new = jnp.maximum(m, xb.max())
    # en: e^(m_old − m_new) ≤ 1 rescales what was summed on the old scale (exp(−inf) = 0 at the start).
    # pt: e^(m_antigo − m_novo) ≤ 1 reescala o que foi somado na escala antiga (exp(−inf) = 0 no início).
    # ru: e^(m_стар − m_нов) ≤ 1 переводит в новый масштаб то, что накоплено в старом (в начале exp(−inf) = 0).
    scale = jnp.exp(m - m_new)
    w = jnp.exp(xb - m_new)
    l = l * scale + w.sum()
    o = o * scale + w @ vb
    m = m_new
    print("m =", m, " l =", l, " o / l =", o / l)

# en: One division at the end; the scores were never stored together.
# pt: Uma única divisão no fim; as pontuações nunca foram guardadas todas juntas.
# ru: Одно деление в самом конце; все оценки ни разу не хранились вместе.
p = jnp.exp(x - m) / l
print("online   p =", p)
print("two-pass p =", jax.nn.softmax(x))
print("same:", bool(jnp.allclose(p, jax.nn.softmax(x))))
print("online output =", o / l, " two-pass output =", jax.nn.softmax(x) @ v)
