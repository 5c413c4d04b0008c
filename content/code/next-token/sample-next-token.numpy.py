# en: Decoding one token: temperature, then top-k, then top-p (nucleus), then a seeded draw.
# pt: Decodificar um token: temperatura, depois top-k, depois top-p (núcleo) e, por fim, um sorteio com semente.
# ru: Декодирование одного токена: температура, затем top-k, затем top-p (ядро) и выбор с зерном.
import numpy as np
from scipy.special import softmax

z = np.array([3.2, 2.5, 2.1, 1.4, 0.9, 0.3, -0.5, -1.2])
T, k, top_p = 0.8, 5, 0.9

# en: Step 1: softmax of the logits divided by T.
# pt: Passo 1: softmax dos logitos divididos por T.
# ru: Шаг 1: softmax от логитов, делённых на T.
p = softmax(z / T)
print("softmax(z/T) =", p.round(4))

# en: Step 2: top-k keeps the k largest shares and renormalises them.
# pt: Passo 2: o top-k mantém as k maiores fatias e as renormaliza.
# ru: Шаг 2: top-k оставляет k наибольших долей и перенормирует их.
order = np.argsort(-p, kind="stable")
p_k = np.zeros_like(p)
p_k[order[:k]] = p[order[:k]]
p_k /= p_k.sum()
print("top-k =", p_k.round(4))

# en: Step 3: top-p keeps the shortest prefix of the ranking whose mass reaches p.
# pt: Passo 3: o top-p mantém o menor prefixo da lista ordenada cuja massa chega a p.
# ru: Шаг 3: top-p оставляет наименьшее число верхних токенов с суммарной массой не меньше p.
order = np.argsort(-p_k, kind="stable")
size = np.searchsorted(np.cumsum(p_k[order]), top_p) + 1
p_p = np.zeros_like(p_k)
p_p[order[:size]] = p_k[order[:size]]
p_p /= p_p.sum()
print("top-p =", p_p.round(4))

# en: Step 4: a seeded generator draws tokens; over many draws the frequencies approach p_p.
# pt: Passo 4: um gerador com semente sorteia tokens; com muitos sorteios, as frequências se aproximam de p_p.
# ru: Шаг 4: генератор с зерном выбирает токены; чем больше выборов, тем ближе частоты к p_p.
rng = np.random.default_rng(seed=42)
draws = rng.choice(len(z), size=100_000, p=p_p)
freq = np.bincount(draws, minlength=len(z)) / len(draws)
print("frequencies =", " ".join(f"{f:.2f}" for f in freq))
