# en: Masking in float16: −inf, torch.finfo(dtype).min and −1e9, and a row whose keys are all masked
# en: (a query with only padding to look at).
# pt: Máscaras em float16: −inf, torch.finfo(dtype).min e −1e9, e uma linha com todas as chaves
# pt: mascaradas (uma consulta que só poderia olhar para preenchimento).
# ru: Маски во float16: −inf, torch.finfo(dtype).min и −1e9, а также строка, где замаскированы все
# ru: ключи (запрос, которому доступно одно лишь заполнение).
import torch

scores = torch.tensor([[2.8284, 0.0, 1.4142]], dtype=torch.float16)
blocked = torch.ones(1, 3, dtype=torch.bool)

# en: −inf works on partly masked rows, but a fully masked row is 0/0: NaN, which then
# en: spreads into the output and the gradients.
# pt: −inf funciona em linhas parcialmente mascaradas, mas uma linha toda mascarada dá 0/0: NaN,
# pt: que depois se espalha pela saída e pelos gradientes.
# ru: −inf годится для частично замаскированных строк, но полностью замаскированная даёт 0/0: NaN,
# ru: который затем расползается по выходу и градиентам.
print("infinite mask:", torch.softmax(scores.masked_fill(blocked, float("-inf")), dim=-1))

# en: −1e9 does not fit in float16 (its largest value is 65504): it becomes −inf, same NaN.
# pt: −1e9 não cabe em float16 (o maior valor é 65504): vira −inf, e o mesmo NaN.
# ru: −1e9 не помещается во float16 (наибольшее значение 65504): получается −inf и тот же NaN.
print("minus a billion in float16:", torch.tensor(-1e9, dtype=torch.float16).item())

# en: The fix: the most negative finite number of the dtype keeps the row finite (uniform
# en: weights over nothing), and zeroing the rows with no allowed key removes them.
# pt: A correção: o número finito mais negativo do dtype mantém a linha finita (pesos
# pt: uniformes sobre nada), e zerar as linhas sem nenhuma chave permitida as elimina.
# ru: Исправление: наименьшее конечное число типа оставляет строку конечной (равные веса
# ru: «ни на что»), а обнуление строк без разрешённых ключей убирает их.
neg = torch.finfo(scores.dtype).min
print("finfo.min =", float(neg))
A = torch.softmax(scores.masked_fill(blocked, neg), dim=-1)
print("weights =", A)
print("zeroed:", A.masked_fill(blocked.all(dim=-1, keepdim=True), 0.0))
