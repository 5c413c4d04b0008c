# en: Softmax is the gradient of log-sum-exp: autograd differentiates torch.logsumexp.
# en: Float64, like the page.
# pt: A softmax é o gradiente do log-sum-exp: o autograd deriva o torch.logsumexp.
# pt: Em float64, como na página.
# ru: Softmax — градиент log-sum-exp: autograd дифференцирует torch.logsumexp.
# ru: Во float64, как на странице.
import torch

z = torch.tensor([2.0, -1.0, 0.5], dtype=torch.float64, requires_grad=True)

lse = torch.logsumexp(z, dim=0)
print("LSE(z) =", lse.item())

lse.backward()
print("grad LSE(z) =", z.grad)
p = torch.softmax(z.detach(), dim=0)
print("softmax(z) =", p)
print("equal:", torch.allclose(z.grad, p))
