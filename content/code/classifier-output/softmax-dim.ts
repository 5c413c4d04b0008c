// en: A batch of two images, one row of logits each. Softmax must run along each
// en: row (the classes), not down each column (the batch).
// pt: Um lote de duas imagens, uma linha de logitos para cada. A softmax deve ser
// pt: calculada em cada linha (as classes), não em cada coluna (o lote).
// ru: Пакет из двух изображений, по строке логитов на каждое. Softmax нужно
// ru: считать по строкам (классы), а не по столбцам (пакет).
import { softmax } from '~/lib/math';

const z = [
  [2, -1, 0.5],
  [0.5, -1, 2],
];
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const transpose = (m: number[][]) => m[0].map((_, j) => m.map((row) => row[j]));

// en: Right: every row is a probability distribution.
// pt: Certo: cada linha é uma distribuição de probabilidade.
// ru: Правильно: каждая строка — распределение вероятностей.
const p = z.map((row) => softmax(row));
console.log(p);
console.log('row sums =', p.map(sum));

// en: Wrong direction: each class is normalised across the images, and the rows no longer sum to 1.
// pt: Direção errada: cada classe é normalizada entre as imagens, e as linhas já não somam 1.
// ru: Не то направление: каждый класс нормируется по изображениям, и суммы строк уже не равны 1.
const q = transpose(transpose(z).map((column) => softmax(column)));
console.log(q);
console.log('row sums =', q.map(sum));
