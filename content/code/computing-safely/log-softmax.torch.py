# en: Log-sum-exp, log-softmax and the cross-entropy from logits, by hand and from PyTorch
# en: (in float64, like the page).
# pt: Log-sum-exp, log-softmax e a entropia cruzada a partir dos logitos, à mão e com o PyTorch
# pt: (em float64, como na página).
# ru: Log-sum-exp, log-softmax и перекрёстная энтропия по логитам: вручную и через PyTorch
# ru: (во float64, как на странице).
import torch
import torch.nn.functional as F

torch.set_printoptions(precision=8)
z = torch.tensor([1000.0, 1001.0, 1002.0], dtype=torch.float64)

# en: By hand: LSE(z) = m + log Σ exp(z − m); log p = z − LSE(z); the loss for class 0 is LSE(z) − z[0].
# pt: À mão: LSE(z) = m + log Σ exp(z − m); log p = z − LSE(z); a perda da classe 0 é LSE(z) − z[0].
# ru: Вручную: LSE(z) = m + log Σ exp(z − m); log p = z − LSE(z); потери для класса 0 равны LSE(z) − z[0].
m = z.max()
lse = m + torch.log(torch.exp(z - m).sum())
print("LSE =", lse.item())
print("log p =", z - lse)
print("loss =", (lse - z[0]).item())

# en: The library functions. F.cross_entropy wants a batch: one row of logits, one target.
# pt: As funções da biblioteca. O F.cross_entropy espera um lote: uma linha de logitos, um alvo.
# ru: Библиотечные функции. F.cross_entropy ожидает пакет: одна строка логитов, одна метка.
print("logsumexp =", torch.logsumexp(z, dim=0).item())
print("log_softmax =", torch.log_softmax(z, dim=0))
print("loss =", F.cross_entropy(z[None], torch.tensor([0])).item())

# en: Logits (0, −1000), correct class 1: the probability underflows to 0 and −log 0 = inf,
# en: while cross_entropy (LSE(z) − z[1] inside) stays finite.
# pt: Logitos (0, −1000), classe correta 1: a probabilidade vira 0 por underflow e −log 0 = inf,
# pt: enquanto o cross_entropy (LSE(z) − z[1] por dentro) continua finito.
# ru: Логиты (0, −1000), верный класс 1: вероятность обращается в 0 (исчезновение порядка),
# ru: и −log 0 = inf, а cross_entropy (внутри LSE(z) − z[1]) остаётся конечной.
far = torch.tensor([0.0, -1000.0], dtype=torch.float64)
print("-log p =", (-torch.log(torch.softmax(far, dim=0)[1])).item())
print("loss =", F.cross_entropy(far[None], torch.tensor([1])).item())
