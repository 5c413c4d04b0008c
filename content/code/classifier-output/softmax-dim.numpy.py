# en: A batch of two images, one row of logits each. Softmax must run along the
# en: classes (axis=1), not along the batch (axis=0).
# pt: Um lote de duas imagens, uma linha de logitos para cada. A softmax deve ser
# pt: calculada ao longo das classes (axis=1), não ao longo do lote (axis=0).
# ru: Пакет из двух изображений, по строке логитов на каждое. Softmax нужно
# ru: считать вдоль классов (axis=1), а не вдоль пакета (axis=0).
import numpy as np
from scipy.special import softmax

z = np.array([[2.0, -1.0, 0.5],
              [0.5, -1.0, 2.0]])

# en: Right: every row is a probability distribution. Give the axis: SciPy's default,
# en: axis=None, would normalise all six numbers together.
# pt: Certo: cada linha é uma distribuição de probabilidade. Informe o eixo: o padrão
# pt: do SciPy, axis=None, normalizaria os seis números juntos.
# ru: Правильно: каждая строка — распределение вероятностей. Ось указывайте явно:
# ru: по умолчанию в SciPy axis=None, и нормировались бы все шесть чисел вместе.
p = softmax(z, axis=1)
print(p)
print("row sums =", p.sum(axis=1))

# en: Wrong axis: each class is normalised across the images, and the rows no longer sum to 1.
# pt: Eixo errado: cada classe é normalizada entre as imagens, e as linhas já não somam 1.
# ru: Не та ось: каждый класс нормируется по изображениям, и суммы строк уже не равны 1.
q = softmax(z, axis=0)
print(q)
print("row sums =", q.sum(axis=1))
