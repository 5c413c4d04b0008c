# en: The Jacobian of softmax from the formula and from autograd, a numerical check, and p − y.
# en: Float64, so that the small differences below keep their digits.
# pt: A jacobiana da softmax pela fórmula e pelo autograd, uma verificação numérica e p − y.
# pt: Em float64, para que as pequenas diferenças abaixo mantenham seus dígitos.
# ru: Матрица Якоби softmax по формуле и через autograd, численная проверка и p − y.
# ru: Во float64, чтобы малые разности ниже не теряли знаков.
import torch
import torch.nn.functional as F
from torch.autograd.functional import jacobian

z = torch.tensor([2.0, -1.0, 0.5], dtype=torch.float64)
p = torch.softmax(z, dim=0)

# en: J = diag(p) − p pᵀ, and autograd builds the same matrix.
# pt: J = diag(p) − p pᵀ, e o autograd monta a mesma matriz.
# ru: J = diag(p) − p pᵀ, и autograd строит ту же матрицу.
J = torch.diag(p) - torch.outer(p, p)
print("J =", J)
print("autograd agrees:", torch.allclose(jacobian(lambda x: torch.softmax(x, dim=0), z), J))

# en: Raise the third logit a little: J @ dz predicts the change, softmax gives the actual one.
# pt: Aumente um pouco o terceiro logito: J @ dz prevê a variação; a softmax dá a real.
# ru: Чуть увеличим третий логит: J @ dz предсказывает изменение, softmax даёт настоящее.
dz = torch.tensor([0.0, 0.0, 0.1], dtype=torch.float64)
print("J @ dz =", J @ dz)
print("actual =", torch.softmax(z + dz, dim=0) - p)

# en: backward() never builds J: it computes Jᵀ g directly. With the loss −log p_1,
# en: F.cross_entropy (fused log-softmax) gives p − y, y the one-hot vector of class 1.
# pt: O backward() nunca monta J: calcula Jᵀ g diretamente. Com a perda −log p_1,
# pt: o F.cross_entropy (com a log-softmax embutida) dá p − y, em que y é o vetor one-hot da classe 1.
# ru: backward() не строит J, а сразу вычисляет Jᵀ g. Для функции потерь −log p_1
# ru: F.cross_entropy (со встроенной log-softmax) даёт p − y, где y — one-hot-вектор класса 1.
x = z.clone().requires_grad_()
F.cross_entropy(x.unsqueeze(0), torch.tensor([0])).backward()
print("dL/dz =", x.grad)
