# en: Softmax from scratch, in the four steps of the worked example.
# pt: Softmax do zero, nos quatro passos do exemplo resolvido.
# ru: Softmax с нуля, теми же четырьмя шагами, что и в разобранном примере.
import torch

z = torch.tensor([2.0, -1.0, 0.5])

# en: Step 1: subtract the maximum.
# pt: Passo 1: subtraia o máximo.
# ru: Шаг 1: вычитаем максимум.
d = z - z.max()
print("d =", d)

# en: Step 2: exponentiate (every value lies in (0, 1], the largest is 1).
# pt: Passo 2: exponencie (todos os valores ficam em (0, 1], o maior é 1).
# ru: Шаг 2: берём экспоненту (все значения в (0, 1], наибольшее равно 1).
e = torch.exp(d)
print("exp(d) =", e)

# en: Step 3: add up.
# pt: Passo 3: some.
# ru: Шаг 3: складываем.
S = e.sum()
print("S =", S)

# en: Step 4: divide.
# pt: Passo 4: divida.
# ru: Шаг 4: делим.
p = e / S
print("p =", p)
