# en: Multi-label output: one sigmoid per label and a binary cross-entropy per label,
# en: computed from the logits: −log s = log(1 + e^(−z)) = logaddexp(0, −z), stable.
# pt: Saída multirrótulo: uma sigmoide por rótulo e uma entropia cruzada binária por rótulo,
# pt: calculadas a partir dos logitos: −log s = log(1 + e^(−z)) = logaddexp(0, −z), estável.
# ru: Выход с несколькими метками: по сигмоиде и по бинарной перекрёстной энтропии на метку,
# ru: прямо из логитов: −log s = log(1 + e^(−z)) = logaddexp(0, −z), устойчиво.
import numpy as np
from scipy.special import expit

# en: Labels: cat, hen, dog, person. The photo shows a cat and a hen.
# pt: Rótulos: gato, galinha, cachorro, pessoa. A foto mostra um gato e uma galinha.
# ru: Метки: кошка, курица, собака, человек. На фото кошка и курица.
z = np.array([3.0, 2.5, -1.0, -2.0])
y = np.array([1.0, 1.0, 0.0, 0.0])
s = expit(z)
print("s =", s)


def bce(z, y, pos_weight=1.0):
    return pos_weight * y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z)


per_label = bce(z, y)
print("per label =", per_label)
print("L =", per_label.sum())
print("dL/dz =", s - y)

# en: Rare labels: pos_weight = negatives / positives per label, counted on the training set
# en: (here 40, 10, 30 and 5 photos of 100). It scales only the terms where y = 1.
# pt: Rótulos raros: pos_weight = negativos / positivos por rótulo, contados nos dados de treinamento
# pt: (aqui 40, 10, 30 e 5 fotos de 100). Ele só multiplica os termos em que y = 1.
# ru: Редкие метки: pos_weight = (число отрицательных) / (число положительных) для каждой метки по обучающей
# ru: выборке (здесь 40, 10, 30 и 5 фото из 100). Он умножает только слагаемые с y = 1.
positives = np.array([40.0, 10.0, 30.0, 5.0])
pos_weight = (100 - positives) / positives
print("pos_weight =", pos_weight)
print("L weighted =", bce(z, y, pos_weight).sum())
