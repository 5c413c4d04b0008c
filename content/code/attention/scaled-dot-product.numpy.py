# en: Attention by hand: softmax(Q Kᵀ / √d) V, without and with the causal mask.
# pt: Atenção à mão: softmax(Q Kᵀ / √d) V, sem e com a máscara causal.
# ru: Внимание вручную: softmax(Q Kᵀ / √d) V, без каузальной маски и с ней.
import numpy as np
from scipy.special import softmax

# en: Three tokens ("cats", "chase", "mice"), queries, keys and values of size d = 2.
# pt: Três tokens (“gatos”, “caçam”, “ratos”), consultas, chaves e valores de tamanho d = 2.
# ru: Три токена («кошки», «ловят», «мышей»), запросы, ключи и значения размера d = 2.
Q = np.array([[2.0, 0.0], [0.0, 2.0], [1.0, 1.0]])
K = np.array([[2.0, 1.0], [0.0, 2.0], [1.0, 0.0]])
V = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
d = Q.shape[-1]

# en: Softmax along the keys (axis=-1): each row of A sums to 1. SciPy's default,
# en: axis=None, would normalise all nine scores together.
# pt: Softmax ao longo das chaves (axis=-1): cada linha de A soma 1. O padrão do SciPy,
# pt: axis=None, normalizaria as nove pontuações juntas.
# ru: Softmax вдоль ключей (axis=-1): каждая строка A в сумме даёт 1. По умолчанию в SciPy
# ru: axis=None, и нормировались бы все девять оценок вместе.
scores = Q @ K.T / np.sqrt(d)
A = softmax(scores, axis=-1)
print("A =\n", A)
print("O =\n", A @ V)

# en: Causal mask: −inf above the diagonal, so that a token never sees the tokens after it.
# pt: Máscara causal: −inf acima da diagonal, para que um token nunca veja os que vêm depois.
# ru: Каузальная маска: −inf над диагональю, чтобы токен не видел следующих за ним.
allowed = np.tril(np.ones((3, 3), dtype=bool))
A_masked = softmax(np.where(allowed, scores, -np.inf), axis=-1)
print("masked A =\n", A_masked)
