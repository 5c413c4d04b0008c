# en: Attention by hand, softmax(Q Kᵀ / √d) V, and the same with F.scaled_dot_product_attention.
# pt: Atenção à mão, softmax(Q Kᵀ / √d) V, e o mesmo com F.scaled_dot_product_attention.
# ru: Внимание вручную, softmax(Q Kᵀ / √d) V, и то же через F.scaled_dot_product_attention.
import math

import torch
import torch.nn.functional as F

# en: Three tokens ("cats", "chase", "mice"), queries, keys and values of size d = 2.
# pt: Três tokens (“gatos”, “caçam”, “ratos”), consultas, chaves e valores de tamanho d = 2.
# ru: Три токена («кошки», «ловят», «мышей»), запросы, ключи и значения размера d = 2.
Q = torch.tensor([[2.0, 0.0], [0.0, 2.0], [1.0, 1.0]])
K = torch.tensor([[2.0, 1.0], [0.0, 2.0], [1.0, 0.0]])
V = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
d = Q.shape[-1]

# en: Softmax along the keys (the last dimension): each row of A sums to 1.
# pt: Softmax ao longo das chaves (a última dimensão): cada linha de A soma 1.
# ru: Softmax вдоль ключей (последняя ось): каждая строка A в сумме даёт 1.
scores = Q @ K.T / math.sqrt(d)
A = torch.softmax(scores, dim=-1)
O = A @ V
print("A =", A)
print("O =", O)
print("SDPA matches:", torch.allclose(F.scaled_dot_product_attention(Q, K, V), O))

# en: Causal mask: −inf above the diagonal, so that a token never sees the tokens after it.
# pt: Máscara causal: −inf acima da diagonal, para que um token nunca veja os que vêm depois.
# ru: Каузальная маска: −inf над диагональю, чтобы токен не видел следующих за ним.
allowed = torch.ones(3, 3, dtype=torch.bool).tril()
A_masked = torch.softmax(scores.masked_fill(~allowed, float("-inf")), dim=-1)
print("masked A =", A_masked)
causal = F.scaled_dot_product_attention(Q, K, V, is_causal=True)
print("is_causal matches:", torch.allclose(causal, A_masked @ V))

# en: A boolean attn_mask means True = may attend. nn.MultiheadAttention's key_padding_mask
# en: means the opposite (True = ignore): passing one for the other silently inverts the mask.
# pt: Um attn_mask booleano significa True = pode olhar. O key_padding_mask do
# pt: nn.MultiheadAttention significa o contrário (True = ignorar): trocar um pelo outro inverte a máscara sem aviso.
# ru: В булевом attn_mask True означает «можно смотреть». В key_padding_mask у nn.MultiheadAttention
# ru: наоборот (True = игнорировать): перепутав их, вы молча инвертируете маску.
print("attn_mask matches:", torch.allclose(F.scaled_dot_product_attention(Q, K, V, attn_mask=allowed), causal))
print("inverted mask matches:", torch.allclose(F.scaled_dot_product_attention(Q, K, V, attn_mask=~allowed), causal))
