# en: Temperature scaling: find the T that minimises the average negative log-likelihood
# en: (NLL) on held-out validation data, never on the training set.
# pt: Ajuste de temperatura: encontre o T que minimiza a log-verossimilhança negativa
# pt: média (NLL) em dados de validação separados, nunca nos dados de treinamento.
# ru: Температурное масштабирование: ищем T, минимизирующую среднее отрицательное
# ru: логарифмическое правдоподобие (NLL) на отложенной выборке, а не на обучающей.
import numpy as np
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax, softmax

# en: The eight predictions of the page: logits and correct classes.
# pt: As oito previsões da página: logitos e classes corretas.
# ru: Восемь предсказаний со страницы: логиты и верные классы.
logits = np.array([[4, 1, 0], [3.5, 0, 1], [0, 4, 1], [2.5, 0.5, 0],
                   [0, 1, 3], [1, 3.2, 0], [1.2, 0.6, 0.2], [0.3, 1, 0.5]])
labels = np.array([0, 0, 1, 1, 2, 0, 0, 2])


def nll(T):
    return -log_softmax(logits / T, axis=1)[np.arange(len(labels)), labels].mean()


T = minimize_scalar(nll, bounds=(0.05, 10), method="bounded").x
print(f"NLL before: {nll(1.0):.3f}")
print(f"T = {T:.2f}")
print(f"NLL after: {nll(T):.3f}")

# en: Dividing by T > 0 keeps every argmax: accuracy stays, confidence drops.
# pt: Dividir por T > 0 mantém todos os argmax: a acurácia não muda, a confiança cai.
# ru: Деление на T > 0 не меняет argmax: точность та же, уверенность падает.
print(f"mean confidence before: {softmax(logits, axis=1).max(axis=1).mean():.3f}")
print(f"mean confidence after: {softmax(logits / T, axis=1).max(axis=1).mean():.3f}")
