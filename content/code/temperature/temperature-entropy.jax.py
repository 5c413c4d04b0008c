# en: Softmax with a temperature is softmax(z / T); the entropy H(p) shows how spread out p is.
# en: Float64, because the tiny probabilities at T = 0.1 would lose digits in float32.
# pt: A softmax com temperatura é softmax(z / T); a entropia H(p) mostra o quanto p se espalha.
# pt: Em float64, porque as probabilidades minúsculas em T = 0.1 perderiam dígitos em float32.
# ru: Softmax с температурой — это softmax(z / T); энтропия H(p) показывает, насколько размазано p.
# ru: Во float64, потому что крошечные вероятности при T = 0.1 во float32 потеряли бы знаки.
import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp
from jax.scipy.special import entr

z = jnp.array([2.0, -1.0, 0.5])

# en: T must be positive: z / 0 is not a distribution (greedy choice is simply argmax).
# pt: T precisa ser positivo: z / 0 não é uma distribuição (a escolha gulosa é simplesmente o argmax).
# ru: T должна быть положительной: z / 0 не даёт распределения (жадный выбор — это просто argmax).
for T in [0.1, 0.5, 1, 2, 10]:
    p = jax.nn.softmax(z / T)
    # en: entr(p) is −p ln p (and 0 at p = 0): its sum is the entropy in nats.
    # pt: entr(p) é −p ln p (e 0 em p = 0): a soma é a entropia em nats.
    # ru: entr(p) равно −p ln p (и нулю при p = 0); сумма — энтропия в натах.
    H = entr(p).sum()
    print(f"T = {T:<4} p = {p}  H = {H:.4f}")

# en: The largest possible entropy for three classes.
# pt: A maior entropia possível para três classes.
# ru: Наибольшая возможная энтропия для трёх классов.
print(f"max entropy = {jnp.log(3.0):.4f}")
