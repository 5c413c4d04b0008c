# en: Online softmax over blocks of 2, with the weighted sum, against the two-pass result.
# pt: Softmax online em blocos de 2, com a soma ponderada, comparada ao resultado de duas passadas.
# ru: Онлайн-softmax по блокам из 2 элементов вместе со взвешенной суммой и сверка с двухпроходным результатом.
import math

import torch

# en: float64, so that the digits match the page (PyTorch defaults to float32).
# pt: float64, para que os dígitos coincidam com os da página (o padrão do PyTorch é float32).
# ru: float64, чтобы цифры совпали со страницей (по умолчанию в PyTorch float32).
x = torch.tensor([1.0, 3.0, 2.0, 5.0, 4.0, 0.0], dtype=torch.float64)
v = torch.tensor([2.0, -1.0, 0.0, 3.0, 1.0, 4.0], dtype=torch.float64)
block = 2

# en: The state: running maximum m, running sum l, unnormalised output o.
# pt: O estado: máximo acumulado m, soma acumulada l, saída não normalizada o.
# ru: Состояние: текущий максимум m, текущая сумма l, ненормированный выход o.
m, l, o = -math.inf, 0.0, 0.0
for xb, vb in zip(x.split(block), v.split(block)):
    m_new = max(m, xb.max().item())
    # en: e^(m_old − m_new) ≤ 1 rescales what was summed on the old scale (exp(−inf) = 0 at the start).
    # pt: e^(m_antigo − m_novo) ≤ 1 reescala o que foi somado na escala antiga (exp(−inf) = 0 no início).
    # ru: e^(m_стар − m_нов) ≤ 1 переводит в новый масштаб то, что накоплено в старом (в начале exp(−inf) = 0).
    scale = math.exp(m - m_new)
    w = torch.exp(xb - m_new)
    l = l * scale + w.sum().item()
    o = o * scale + (w @ vb).item()
    m = m_new
    print("m =", m, " l =", l, " o / l =", o / l)

# en: One division at the end; the scores were never stored together.
# pt: Uma única divisão no fim; as pontuações nunca foram guardadas todas juntas.
# ru: Одно деление в самом конце; все оценки ни разу не хранились вместе.
p = torch.exp(x - m) / l
print("online   p =", p)
print("two-pass p =", torch.softmax(x, dim=0))
print("same:", torch.allclose(p, torch.softmax(x, dim=0)))
print("online output =", o / l, " two-pass output =", (torch.softmax(x, dim=0) @ v).item())
