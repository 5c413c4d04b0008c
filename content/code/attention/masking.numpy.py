# en: Masking in float16: −inf, np.finfo(dtype).min and −1e9, and a row whose keys are all masked
# en: (a query with only padding to look at).
# pt: Máscaras em float16: −inf, np.finfo(dtype).min e −1e9, e uma linha com todas as chaves
# pt: mascaradas (uma consulta que só poderia olhar para preenchimento).
# ru: Маски во float16: −inf, np.finfo(dtype).min и −1e9, а также строка, где замаскированы все
# ru: ключи (запрос, которому доступно одно лишь заполнение).
import numpy as np
from scipy.special import softmax

scores = np.array([[2.8284, 0.0, 1.4142]], dtype=np.float16)
blocked = np.ones((1, 3), dtype=bool)

# en: −inf works on partly masked rows, but a fully masked row is 0/0: NaN, which then
# en: spreads into the output and the gradients. (errstate only silences NumPy's warning.)
# pt: −inf funciona em linhas parcialmente mascaradas, mas uma linha toda mascarada dá 0/0: NaN,
# pt: que depois se espalha pela saída e pelos gradientes. (O errstate só silencia o aviso do NumPy.)
# ru: −inf годится для частично замаскированных строк, но полностью замаскированная даёт 0/0: NaN,
# ru: который затем расползается по выходу и градиентам. (errstate лишь заглушает предупреждение NumPy.)
with np.errstate(invalid="ignore"):
    print("infinite mask:", softmax(np.where(blocked, np.float16(-np.inf), scores), axis=-1))

# en: −1e9 does not fit in float16 (its largest value is 65504): it becomes −inf, same NaN.
# pt: −1e9 não cabe em float16 (o maior valor é 65504): vira −inf, e o mesmo NaN.
# ru: −1e9 не помещается во float16 (наибольшее значение 65504): получается −inf и тот же NaN.
with np.errstate(over="ignore"):
    print("minus a billion in float16:", np.float16(-1e9))

# en: The fix: the most negative finite number of the dtype keeps the row finite (uniform
# en: weights over nothing), and zeroing the rows with no allowed key removes them.
# pt: A correção: o número finito mais negativo do dtype mantém a linha finita (pesos
# pt: uniformes sobre nada), e zerar as linhas sem nenhuma chave permitida as elimina.
# ru: Исправление: наименьшее конечное число типа оставляет строку конечной (равные веса
# ru: «ни на что»), а обнуление строк без разрешённых ключей убирает их.
neg = np.finfo(scores.dtype).min
print("finfo.min =", float(neg))
A = softmax(np.where(blocked, neg, scores), axis=-1)
print("weights =", A)
print("zeroed:", np.where(blocked.all(axis=-1, keepdims=True), np.float16(0), A))
