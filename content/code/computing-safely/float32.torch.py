# en: The thresholds of the table, for float64 and for float32, and what they mean for softmax.
# pt: Os limiares da tabela, para float64 e para float32, e o que eles significam para a softmax.
# ru: Пороги из таблицы для float64 и для float32 и что они значат для softmax.
import math

import torch

# en: Overflow above log(max); subnormal below log(smallest normal); exactly 0 below
# en: log(smallest subnormal / 2). nextafter(0, 1) is the smallest subnormal.
# pt: Estouro acima de log(max); subnormal abaixo de log(menor normal); exatamente 0
# pt: abaixo de log(menor subnormal / 2). nextafter(0, 1) é o menor subnormal.
# ru: Переполнение выше log(max); субнормальные числа ниже log(наименьшего нормального);
# ru: ровно 0 ниже log(наименьшего субнормального / 2). nextafter(0, 1) — наименьшее субнормальное.
for dtype in (torch.float64, torch.float32):
    info = torch.finfo(dtype)
    zero, one = torch.tensor(0.0, dtype=dtype), torch.tensor(1.0, dtype=dtype)
    print(str(dtype).removeprefix("torch."),
          math.log(info.max),
          math.log(info.smallest_normal),
          math.log(torch.nextafter(zero, one).item()) - math.log(2))

# en: e^89 fits in a float64 but not in a float32 (PyTorch's default).
# pt: e^89 cabe num float64, mas não num float32 (o padrão do PyTorch).
# ru: e^89 помещается во float64, но не во float32 (тип PyTorch по умолчанию).
print(torch.exp(torch.tensor(89.0, dtype=torch.float64)).item(), torch.exp(torch.tensor(89.0)).item())

# en: So in float32 the naive formula already fails for logits around 90.
# pt: Por isso, em float32, a fórmula ingênua já falha com logitos perto de 90.
# ru: Поэтому во float32 наивная формула ломается уже на логитах около 90.
z = torch.tensor([89.0, 90.0, 91.0])
print("naive =", torch.exp(z) / torch.exp(z).sum())
print("stable =", torch.softmax(z, dim=0))
