# en: A batch of two images, one row of logits each. Softmax must run along the
# en: classes (dim=1), not along the batch (dim=0).
# pt: Um lote de duas imagens, uma linha de logitos para cada. A softmax deve ser
# pt: calculada ao longo das classes (dim=1), não ao longo do lote (dim=0).
# ru: Пакет из двух изображений, по строке логитов на каждое. Softmax нужно
# ru: считать вдоль классов (dim=1), а не вдоль пакета (dim=0).
import torch

z = torch.tensor([[2.0, -1.0, 0.5],
                  [0.5, -1.0, 2.0]])

# en: Right: every row is a probability distribution.
# pt: Certo: cada linha é uma distribuição de probabilidade.
# ru: Правильно: каждая строка — распределение вероятностей.
p = torch.softmax(z, dim=1)
print(p)
print("row sums =", p.sum(dim=1))

# en: Wrong dim: each class is normalised across the images, and the rows no longer sum to 1.
# pt: dim errado: cada classe é normalizada entre as imagens, e as linhas já não somam 1.
# ru: Не та ось: каждый класс нормируется по изображениям, и суммы строк уже не равны 1.
q = torch.softmax(z, dim=0)
print(q)
print("row sums =", q.sum(dim=1))
