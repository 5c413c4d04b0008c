// en: Argmax and softmax on the same logits, and the slope each one hands to backpropagation.
// pt: Argmax e softmax com os mesmos logitos, e a inclinação que cada um entrega à retropropagação.
// ru: Argmax и softmax на одних и тех же логитах и наклон, который каждая из них передаёт обратному распространению.
import { argmax, softmax, softmaxJacobian } from '~/lib/math';

const z = [2, -1, 0.5];

// en: Argmax returns a position (counted from zero), softmax a whole distribution.
// pt: O argmax devolve uma posição (contada a partir de zero); a softmax, uma distribuição inteira.
// ru: Argmax возвращает позицию (счёт с нуля), softmax — целое распределение.
console.log('argmax =', argmax(z));
const p = softmax(z);
console.log('p =', p);

// en: Argmax is piecewise constant: a small nudge of a logit leaves it unchanged,
// en: so its slope is 0 (and undefined at a tie).
// pt: O argmax é constante por partes: um pequeno empurrão num logito não o altera,
// pt: então a inclinação é 0 (e indefinida num empate).
// ru: Argmax кусочно-постоянен: малый сдвиг логита его не меняет,
// ru: так что наклон равен нулю (а при ничьей не определён).
const nudged = [z[0], z[1], z[2] + 0.01];
console.log('same argmax after a nudge:', argmax(nudged) === argmax(z));

// en: Softmax's slope: d p3 / dz = p3 (δ − p), the third row of the Jacobian.
// pt: A inclinação da softmax: d p3 / dz = p3 (δ − p), a terceira linha da jacobiana.
// ru: Наклон softmax: d p3 / dz = p3 (δ − p), третья строка матрицы Якоби.
console.log('d p3 / dz =', softmaxJacobian(p)[2]);
