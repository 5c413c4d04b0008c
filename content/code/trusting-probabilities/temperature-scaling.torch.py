# en: Temperature scaling: find the T that minimises the average negative log-likelihood
# en: (NLL) on held-out validation data, never on the training set.
# pt: Ajuste de temperatura: encontre o T que minimiza a log-verossimilhança negativa
# pt: média (NLL) em dados de validação separados, nunca nos dados de treinamento.
# ru: Температурное масштабирование: ищем T, минимизирующую среднее отрицательное
# ru: логарифмическое правдоподобие (NLL) на отложенной выборке, а не на обучающей.
import torch
import torch.nn.functional as F

# en: The eight predictions of the page: logits and correct classes.
# pt: As oito previsões da página: logitos e classes corretas.
# ru: Восемь предсказаний со страницы: логиты и верные классы.
logits = torch.tensor([[4, 1, 0], [3.5, 0, 1], [0, 4, 1], [2.5, 0.5, 0],
                       [0, 1, 3], [1, 3.2, 0], [1.2, 0.6, 0.2], [0.3, 1, 0.5]], dtype=torch.float64)
labels = torch.tensor([0, 0, 1, 1, 2, 0, 0, 2])

# en: Optimise log T, so that T stays positive; the model's weights stay frozen.
# pt: Otimize log T, para que T continue positivo; os pesos do modelo ficam congelados.
# ru: Оптимизируем log T, чтобы T оставалась положительной; веса модели заморожены.
log_t = torch.zeros(1, dtype=torch.float64, requires_grad=True)
opt = torch.optim.LBFGS([log_t], max_iter=100, line_search_fn="strong_wolfe")


def closure():
    opt.zero_grad()
    loss = F.cross_entropy(logits / log_t.exp(), labels)
    loss.backward()
    return loss


opt.step(closure)
T = log_t.exp().item()
print(f"NLL before: {F.cross_entropy(logits, labels).item():.3f}")
print(f"T = {T:.2f}")
print(f"NLL after: {F.cross_entropy(logits / T, labels).item():.3f}")

# en: Dividing by T > 0 keeps every argmax: accuracy stays, confidence drops.
# pt: Dividir por T > 0 mantém todos os argmax: a acurácia não muda, a confiança cai.
# ru: Деление на T > 0 не меняет argmax: точность та же, уверенность падает.
print(f"mean confidence before: {logits.softmax(dim=1).max(dim=1).values.mean():.3f}")
print(f"mean confidence after: {(logits / T).softmax(dim=1).max(dim=1).values.mean():.3f}")
