# en: Decoding one token: temperature, then top-k, then top-p (nucleus), then a seeded draw.
# pt: Decodificar um token: temperatura, depois top-k, depois top-p (núcleo) e, por fim, um sorteio com semente.
# ru: Декодирование одного токена: температура, затем top-k, затем top-p (ядро) и выбор с зерном.
import torch

z = torch.tensor([3.2, 2.5, 2.1, 1.4, 0.9, 0.3, -0.5, -1.2], dtype=torch.float64)
T, k, top_p = 0.8, 5, 0.9

# en: Step 1: softmax of the logits divided by T.
# pt: Passo 1: softmax dos logitos divididos por T.
# ru: Шаг 1: softmax от логитов, делённых на T.
p = torch.softmax(z / T, dim=0)
print("softmax(z/T) =", p)

# en: Step 2: top-k keeps the k largest shares and renormalises them.
# pt: Passo 2: o top-k mantém as k maiores fatias e as renormaliza.
# ru: Шаг 2: top-k оставляет k наибольших долей и перенормирует их.
values, idx = torch.topk(p, k)
p_k = torch.zeros_like(p).scatter(0, idx, values)
p_k /= p_k.sum()
print("top-k =", p_k)

# en: Step 3: top-p keeps the shortest prefix of the ranking whose mass reaches p.
# pt: Passo 3: o top-p mantém o menor prefixo da lista ordenada cuja massa chega a p.
# ru: Шаг 3: top-p оставляет наименьшее число верхних токенов с суммарной массой не меньше p.
sorted_p, order = torch.sort(p_k, descending=True, stable=True)
size = int(torch.searchsorted(torch.cumsum(sorted_p, 0), top_p)) + 1
p_p = torch.zeros_like(p_k).scatter(0, order[:size], sorted_p[:size])
p_p /= p_p.sum()
print("top-p =", p_p)

# en: Step 4: a seeded generator draws tokens; over many draws the frequencies approach p_p.
# pt: Passo 4: um gerador com semente sorteia tokens; com muitos sorteios, as frequências se aproximam de p_p.
# ru: Шаг 4: генератор с зерном выбирает токены; чем больше выборов, тем ближе частоты к p_p.
gen = torch.Generator().manual_seed(42)
draws = torch.multinomial(p_p, num_samples=100_000, replacement=True, generator=gen)
freq = torch.bincount(draws, minlength=len(z)) / len(draws)
print("frequencies =", " ".join(f"{f:.2f}" for f in freq.tolist()))
