// en: One minibatch step of softmax regression: logits, probabilities, p − y, gradients, update.
// pt: Um passo de minilote da regressão softmax: logitos, probabilidades, p − y, gradientes, atualização.
// ru: Один шаг обучения softmax-регрессии на мини-пакете: логиты, вероятности, p − y, градиенты, обновление.
import { crossEntropy, crossEntropyGradient } from '~/lib/math';

// en: A toy batch: four "images" of three pixels (1 = ink), three classes.
// pt: Um lote de brinquedo: quatro “imagens” de três pixels (1 = tinta), três classes.
// ru: Игрушечный пакет: четыре «картинки» по три пикселя (1 = чернила), три класса.
const X = [
  [1, 0, 1],
  [0, 1, 1],
  [1, 1, 0],
  [0, 0, 1],
];
const y = [0, 1, 2, 1];
let W = [
  [0.2, -0.1, 0],
  [0, 0.3, -0.2],
  [0.1, 0, 0.1],
];
let b = [0, 0, 0];
const eta = 0.5;
const B = X.length;

const logits = (x: number[]) => b.map((bk, k) => bk + x.reduce((s, xj, j) => s + xj * W[j][k], 0));
const loss = () => X.reduce((s, x, i) => s + crossEntropy(logits(x), y[i]), 0) / B;

// en: p − y of every image (crossEntropyGradient), then X^T (P − Y) / B and the mean of P − Y.
// pt: p − y de cada imagem (crossEntropyGradient), depois X^T (P − Y) / B e a média de P − Y.
// ru: p − y для каждой картинки (crossEntropyGradient), затем X^T (P − Y) / B и среднее P − Y.
const G = X.map((x, i) => crossEntropyGradient(logits(x), y[i]));
const gradW = W.map((row, j) =>
  row.map((_, k) => X.reduce((s, x, i) => s + x[j] * G[i][k], 0) / B),
);
const gradB = b.map((_, k) => G.reduce((s, g) => s + g[k], 0) / B);
const f4 = (v: number) => v.toFixed(4);
console.log(`loss before: ${f4(loss())}`);
console.log(`grad b: ${gradB.map(f4).join(' ')}`);
console.log(`grad W: ${gradW.flat().map(f4).join(' ')}`);

// en: Step against the gradient; the loss of the batch goes down.
// pt: Um passo no sentido contrário ao do gradiente; a perda do lote diminui.
// ru: Шаг против градиента: потери на пакете уменьшаются.
W = W.map((row, j) => row.map((w, k) => w - eta * gradW[j][k]));
b = b.map((bk, k) => bk - eta * gradB[k]);
console.log(`loss after: ${f4(loss())}`);
