# en: The thresholds of the table, for float64 and for float32, and what they mean for softmax.
# pt: Os limiares da tabela, para float64 e para float32, e o que eles significam para a softmax.
# ru: Пороги из таблицы для float64 и для float32 и что они значат для softmax.
import math

import numpy as np
from scipy.special import softmax

# en: Overflow above log(max); subnormal below log(smallest normal); exactly 0 below
# en: log(smallest subnormal / 2).
# pt: Estouro acima de log(max); subnormal abaixo de log(menor normal); exatamente 0
# pt: abaixo de log(menor subnormal / 2).
# ru: Переполнение выше log(max); субнормальные числа ниже log(наименьшего нормального);
# ru: ровно 0 ниже log(наименьшего субнормального / 2).
for dtype in (np.float64, np.float32):
    info = np.finfo(dtype)
    print(dtype.__name__,
          math.log(float(info.max)),
          math.log(float(info.smallest_normal)),
          math.log(float(info.smallest_subnormal)) - math.log(2))

# en: e^89 fits in a float64 but not in a float32.
# pt: e^89 cabe num float64, mas não num float32.
# ru: e^89 помещается во float64, но не во float32.
with np.errstate(over="ignore", invalid="ignore"):
    print(np.exp(np.float64(89.0)), np.exp(np.float32(89.0)))

    # en: So in float32 the naive formula already fails for logits around 90.
    # pt: Por isso, em float32, a fórmula ingênua já falha com logitos perto de 90.
    # ru: Поэтому во float32 наивная формула ломается уже на логитах около 90.
    z = np.array([89.0, 90.0, 91.0], dtype=np.float32)
    print("naive =", np.exp(z) / np.exp(z).sum())
    print("stable =", softmax(z))
