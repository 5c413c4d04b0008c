// en: Multi-label output: one sigmoid per label and a binary cross-entropy per label.
// en: This site's binaryCrossEntropy takes the logit, like PyTorch's BCEWithLogitsLoss.
// pt: Saída multirrótulo: uma sigmoide por rótulo e uma entropia cruzada binária por rótulo.
// pt: O binaryCrossEntropy deste site recebe o logito, como a BCEWithLogitsLoss do PyTorch.
// ru: Выход с несколькими метками: по сигмоиде и по бинарной перекрёстной энтропии на метку.
// ru: binaryCrossEntropy этого сайта принимает логит, как BCEWithLogitsLoss в PyTorch.
import { binaryCrossEntropy, sigmoid } from '~/lib/math';

// en: Labels: cat, hen, dog, person. The photo shows a cat and a hen.
// pt: Rótulos: gato, galinha, cachorro, pessoa. A foto mostra um gato e uma galinha.
// ru: Метки: кошка, курица, собака, человек. На фото кошка и курица.
const z = [3, 2.5, -1, -2];
const y = [1, 1, 0, 0];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const s = z.map((v) => sigmoid(v));
console.log('s =', s);

const perLabel = z.map((v, i) => binaryCrossEntropy(v, y[i]));
console.log('per label =', perLabel);
console.log('L =', sum(perLabel));
console.log(
  'dL/dz =',
  s.map((v, i) => v - y[i]),
);

// en: Rare labels: pos_weight = negatives / positives per label, counted on the training set
// en: (here 40, 10, 30 and 5 photos of 100). It scales only the terms where y = 1.
// pt: Rótulos raros: pos_weight = negativos / positivos por rótulo, contados nos dados de treinamento
// pt: (aqui 40, 10, 30 e 5 fotos de 100). Ele só multiplica os termos em que y = 1.
// ru: Редкие метки: pos_weight = (число отрицательных) / (число положительных) для каждой метки по обучающей
// ru: выборке (здесь 40, 10, 30 и 5 фото из 100). Он умножает только слагаемые с y = 1.
const positives = [40, 10, 30, 5];
const posWeight = positives.map((n) => (100 - n) / n);
console.log('pos_weight =', posWeight);
console.log(
  'L weighted =',
  sum(z.map((v, i) => binaryCrossEntropy(v, y[i], { posWeight: posWeight[i] }))),
);
