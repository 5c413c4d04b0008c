# en: Argmax and softmax on the same logits, and the slope each one hands to backpropagation.
# pt: Argmax e softmax com os mesmos logitos, e a inclinação que cada um entrega à retropropagação.
# ru: Argmax и softmax на одних и тех же логитах и наклон, который каждая из них передаёт обратному распространению.
import numpy as np
from scipy.special import softmax

z = np.array([2.0, -1.0, 0.5])

# en: Argmax returns a position (counted from zero), softmax a whole distribution.
# pt: O argmax devolve uma posição (contada a partir de zero); a softmax, uma distribuição inteira.
# ru: Argmax возвращает позицию (счёт с нуля), softmax — целое распределение.
print("argmax =", np.argmax(z))
p = softmax(z)
print("p =", p)

# en: NumPy has no autograd. Argmax is piecewise constant: a small nudge of a logit
# en: leaves it unchanged, so its slope is 0 (and undefined at a tie).
# pt: O NumPy não tem autograd. O argmax é constante por partes: um pequeno empurrão
# pt: num logito não o altera, então a inclinação é 0 (e indefinida num empate).
# ru: В NumPy нет автодифференцирования. Argmax кусочно-постоянен: малый сдвиг логита
# ru: его не меняет, так что наклон равен нулю (а при ничьей не определён).
nudged = z + np.array([0.0, 0.0, 0.01])
print("same argmax after a nudge:", np.argmax(nudged) == np.argmax(z))

# en: Softmax's slope has a closed form: d p3 / dz = p3 (δ − p), a row of the Jacobian.
# pt: A inclinação da softmax tem forma fechada: d p3 / dz = p3 (δ − p), uma linha da jacobiana.
# ru: Наклон softmax выражается формулой: d p3 / dz = p3 (δ − p), это строка матрицы Якоби.
delta = np.eye(3)[2]
print("d p3 / dz =", p[2] * (delta - p))
