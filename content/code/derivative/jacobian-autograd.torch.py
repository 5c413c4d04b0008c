# en: Proposition by proposition: J = diag(p) − p pᵀ against autograd, its symmetry,
# en: zero row sums and trace, and the cross-entropy: gradient p − y, Hessian J.
# pt: Proposição por proposição: J = diag(p) − p pᵀ comparada com o autograd, sua simetria,
# pt: linhas de soma zero e traço, e a entropia cruzada: gradiente p − y, hessiana J.
# ru: Утверждение за утверждением: J = diag(p) − p pᵀ против autograd, её симметрия,
# ru: нулевые суммы строк и след, и перекрёстная энтропия: градиент p − y, гессиан J.
import torch
import torch.nn.functional as F
from torch.func import hessian, jacrev

z = torch.tensor([2.0, -1.0, 0.5], dtype=torch.float64)
p = torch.softmax(z, dim=0)
J = torch.diag(p) - torch.outer(p, p)
print("J =", J)

# en: Reverse-mode autograd, one row per output, gives the same matrix.
# pt: O autograd em modo reverso, uma linha por saída, dá a mesma matriz.
# ru: Автодифференцирование в обратном режиме, по строке на выход, даёт ту же матрицу.
print("jacrev agrees:", torch.allclose(jacrev(lambda x: torch.softmax(x, dim=0))(z), J))
print("symmetric:", torch.equal(J, J.T))
print("rows sum to zero:", torch.allclose(J.sum(dim=1), torch.zeros(3, dtype=torch.float64)))
print("squared norm of p =", (p @ p).item())
print("tr J =", torch.trace(J).item())

# en: L(z) = LSE(z) − yᵀz with the first class correct: ∇L = p − y and ∇²L = J.
# pt: L(z) = LSE(z) − yᵀz com a primeira classe correta: ∇L = p − y e ∇²L = J.
# ru: L(z) = LSE(z) − yᵀz, верный класс первый: ∇L = p − y и ∇²L = J.
def loss(x):
    return F.cross_entropy(x.unsqueeze(0), torch.tensor([0]))


x = z.clone().requires_grad_()
loss(x).backward()
print("grad L =", x.grad)
print("Hessian equals J:", torch.allclose(hessian(loss)(z), J))
