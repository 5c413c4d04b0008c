# en: The library call, then the textbook formula without the shift.
# pt: A chamada da biblioteca e, depois, a fórmula do livro, sem o deslocamento.
# ru: Вызов библиотечной функции, а затем формула из учебника, без сдвига.
import torch

z = torch.tensor([2.0, -1.0, 0.5])

# en: PyTorch subtracts the maximum for you; dim says which axis sums to 1.
# pt: O PyTorch subtrai o máximo por você; dim diz qual eixo soma 1.
# ru: PyTorch сам вычитает максимум; dim задаёт ось, по которой сумма равна 1.
p = torch.softmax(z, dim=0)
print("softmax(z) =", p)
print("sum =", p.sum())

# en: Without the shift: larger numbers, the same probabilities.
# pt: Sem o deslocamento: números maiores, as mesmas probabilidades.
# ru: Без сдвига числа больше, а вероятности те же.
raw = torch.exp(z)
print("exp(z) =", raw)
print("sum =", raw.sum())
print("exp(z) / sum =", raw / raw.sum())
