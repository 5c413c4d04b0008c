# en: Multi-label output: one sigmoid per label and a binary cross-entropy per label.
# en: BCEWithLogitsLoss takes the logits and fuses the sigmoid in, stably.
# pt: Saída multirrótulo: uma sigmoide por rótulo e uma entropia cruzada binária por rótulo.
# pt: A BCEWithLogitsLoss recebe os logitos e embute a sigmoide, de forma estável.
# ru: Выход с несколькими метками: по сигмоиде и по бинарной перекрёстной энтропии на метку.
# ru: BCEWithLogitsLoss принимает логиты и сам устойчиво применяет сигмоиду.
import torch

# en: Labels: cat, hen, dog, person. The photo shows a cat and a hen.
# pt: Rótulos: gato, galinha, cachorro, pessoa. A foto mostra um gato e uma galinha.
# ru: Метки: кошка, курица, собака, человек. На фото кошка и курица.
z = torch.tensor([3.0, 2.5, -1.0, -2.0], requires_grad=True)
y = torch.tensor([1.0, 1.0, 0.0, 0.0])
print("s =", torch.sigmoid(z).detach())

# en: Pass the logits, not sigmoid(z) (that would apply the sigmoid twice), and float targets.
# en: The default reduction is the mean over labels; the page adds them up.
# pt: Passe os logitos, não sigmoid(z) (isso aplicaria a sigmoide duas vezes), e alvos do tipo float.
# pt: A redução padrão é a média sobre os rótulos; a página soma os termos.
# ru: Передавайте логиты, а не sigmoid(z) (иначе сигмоида применится дважды), и цели типа float.
# ru: По умолчанию берётся среднее по меткам, а на странице слагаемые суммируются.
per_label = torch.nn.BCEWithLogitsLoss(reduction="none")(z, y)
print("per label =", per_label.detach())
loss = per_label.sum()
loss.backward()
print("L =", loss.item())
print("dL/dz =", z.grad)

# en: Rare labels: pos_weight = negatives / positives per label, counted on the training set
# en: (here 40, 10, 30 and 5 photos of 100). It scales only the terms where y = 1.
# pt: Rótulos raros: pos_weight = negativos / positivos por rótulo, contados nos dados de treinamento
# pt: (aqui 40, 10, 30 e 5 fotos de 100). Ele só multiplica os termos em que y = 1.
# ru: Редкие метки: pos_weight = (число отрицательных) / (число положительных) для каждой метки по обучающей
# ru: выборке (здесь 40, 10, 30 и 5 фото из 100). Он умножает только слагаемые с y = 1.
positives = torch.tensor([40.0, 10.0, 30.0, 5.0])
pos_weight = (100 - positives) / positives
weighted = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight, reduction="sum")
print("pos_weight =", pos_weight)
print("L weighted =", weighted(z, y).item())
