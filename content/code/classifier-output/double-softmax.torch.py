# en: F.cross_entropy takes logits: it applies log-softmax itself.
# pt: F.cross_entropy recebe logitos: ele mesmo aplica a log-softmax.
# ru: F.cross_entropy принимает логиты: log-softmax она применяет сама.
import torch
import torch.nn.functional as F

# en: One image, three classes (cat, dog, hen); the correct class is the hen, index 2.
# pt: Uma imagem, três classes (gato, cachorro, galinha); a classe correta é a galinha, índice 2.
# ru: Одно изображение, три класса (кошка, собака, курица); верный класс — курица, индекс 2.
z = torch.tensor([[2.0, -1.0, 0.5]], requires_grad=True)
target = torch.tensor([2])

# en: Right: pass the logits. The gradient is p − y.
# pt: Certo: passe os logitos. O gradiente é p − y.
# ru: Правильно: передаём логиты. Градиент равен p − y.
loss = F.cross_entropy(z, target)
loss.backward()
print("loss =", loss.detach())
print("grad =", z.grad)

# en: Bug: softmax first. F.cross_entropy then applies a second softmax to the
# en: probabilities: the loss is wrong and the gradient much weaker.
# pt: Erro: softmax antes. Aí o F.cross_entropy aplica uma segunda softmax às
# pt: probabilidades: a perda sai errada e o gradiente, bem mais fraco.
# ru: Ошибка: сначала softmax. Тогда F.cross_entropy ещё раз применяет
# ru: softmax, теперь к вероятностям: потери считаются неверно, а градиент намного слабее.
z.grad = None
loss_bug = F.cross_entropy(torch.softmax(z, dim=1), target)
loss_bug.backward()
print("loss =", loss_bug.detach())
print("grad =", z.grad)
