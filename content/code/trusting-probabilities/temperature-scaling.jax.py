# en: Temperature scaling: find the T that minimises the average negative log-likelihood
# en: (NLL) on held-out validation data, never on the training set.
# pt: Ajuste de temperatura: encontre o T que minimiza a log-verossimilhança negativa
# pt: média (NLL) em dados de validação separados, nunca nos dados de treinamento.
# ru: Температурное масштабирование: ищем T, минимизирующую среднее отрицательное
# ru: логарифмическое правдоподобие (NLL) на отложенной выборке, а не на обучающей.
import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp
from jax.scipy.optimize import minimize

# en: The eight predictions of the page: logits and correct classes.
# pt: As oito previsões da página: logitos e classes corretas.
# ru: Восемь предсказаний со страницы: логиты и верные классы.
logits = jnp.array([[4, 1, 0], [3.5, 0, 1], [0, 4, 1], [2.5, 0.5, 0],
                    [0, 1, 3], [1, 3.2, 0], [1.2, 0.6, 0.2], [0.3, 1, 0.5]])
labels = jnp.array([0, 0, 1, 1, 2, 0, 0, 2])


def nll(T):
    logp = jax.nn.log_softmax(logits / T, axis=1)
    return -jnp.take_along_axis(logp, labels[:, None], axis=1).mean()


# en: BFGS on log T, so that T stays positive.
# pt: BFGS em log T, para que T continue positivo.
# ru: BFGS по log T, чтобы T оставалась положительной.
T = float(jnp.exp(minimize(lambda t: nll(jnp.exp(t[0])), jnp.zeros(1), method="BFGS").x[0]))
print(f"NLL before: {nll(1.0):.3f}")
print(f"T = {T:.2f}")
print(f"NLL after: {nll(T):.3f}")

# en: Dividing by T > 0 keeps every argmax: accuracy stays, confidence drops.
# pt: Dividir por T > 0 mantém todos os argmax: a acurácia não muda, a confiança cai.
# ru: Деление на T > 0 не меняет argmax: точность та же, уверенность падает.
print(f"mean confidence before: {jax.nn.softmax(logits, axis=1).max(axis=1).mean():.3f}")
print(f"mean confidence after: {jax.nn.softmax(logits / T, axis=1).max(axis=1).mean():.3f}")
