# en: The naive formula and the stable recipe on the logits (1000, 1001, 1002),
# en: in float64 like the page (PyTorch's default would be float32).
# pt: A fórmula ingênua e a receita estável com os logitos (1000, 1001, 1002),
# pt: em float64, como na página (o padrão do PyTorch seria float32).
# ru: Наивная формула и устойчивый рецепт на логитах (1000, 1001, 1002),
# ru: во float64, как на странице (по умолчанию PyTorch взял бы float32).
import torch

torch.set_printoptions(precision=8)
z = torch.tensor([1000.0, 1001.0, 1002.0], dtype=torch.float64)

# en: Naive: every exponential overflows, and inf / inf is nan.
# pt: Ingênua: todas as exponenciais estouram, e inf / inf dá nan.
# ru: Наивно: каждая экспонента переполняется, а inf / inf даёт nan.
e = torch.exp(z)
print("exp(z) =", e)
print("naive =", e / e.sum())

# en: Stable: shift by the maximum, then exponentiate, add up, divide.
# pt: Estável: desloque pelo máximo, depois exponencie, some e divida.
# ru: Устойчиво: сдвигаем на максимум, затем экспонента, сумма, деление.
m = z.max()
d = z - m
e = torch.exp(d)
S = e.sum()
print("m =", m.item())
print("d =", d)
print("exp(d) =", e)
print("S =", S.item())
print("p =", e / S)

# en: torch.softmax does the same internally.
# pt: O torch.softmax faz o mesmo internamente.
# ru: torch.softmax внутри делает то же самое.
print("softmax(z) =", torch.softmax(z, dim=0))
