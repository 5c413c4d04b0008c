# en: Argmax and softmax on the same logits, and the gradient autograd finds for each.
# pt: Argmax e softmax com os mesmos logitos, e o gradiente que o autograd encontra para cada um.
# ru: Argmax и softmax на одних и тех же логитах и градиент, который autograd находит для каждой.
import torch

z = torch.tensor([2.0, -1.0, 0.5], requires_grad=True)

# en: Argmax returns an integer tensor without grad_fn: autograd cannot pass through it.
# pt: O argmax devolve um tensor de inteiros sem grad_fn: o autograd não consegue atravessá-lo.
# ru: Argmax возвращает целочисленный тензор без grad_fn: autograd через него не пройдёт.
k = torch.argmax(z)
print("argmax =", k.item())
print("argmax requires_grad:", k.requires_grad)
try:
    k.float().backward()
except RuntimeError:
    print("argmax backward: RuntimeError, no gradient")

# en: A nudge of a logit leaves argmax unchanged: its slope is 0 wherever it exists.
# pt: Um empurrão num logito não muda o argmax: onde a inclinação existe, ela é 0.
# ru: Малый сдвиг логита не меняет argmax: там, где наклон существует, он равен нулю.
with torch.no_grad():
    nudged = z + torch.tensor([0.0, 0.0, 0.01])
    print("same argmax after a nudge:", torch.argmax(nudged).item() == k.item())

# en: Softmax is differentiable: backward() gives d p3 / dz = p3 (δ − p).
# pt: A softmax é diferenciável: backward() dá d p3 / dz = p3 (δ − p).
# ru: Softmax дифференцируема: backward() даёт d p3 / dz = p3 (δ − p).
p = torch.softmax(z, dim=0)
print("p =", p.detach())
p[2].backward()
print("d p3 / dz =", z.grad)
