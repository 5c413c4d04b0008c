// en: The library call, then the textbook formula without the shift.
// pt: A chamada da biblioteca e, depois, a fórmula do livro, sem o deslocamento.
// ru: Вызов библиотечной функции, а затем формула из учебника, без сдвига.
import { softmax } from '~/lib/math';

const z = [2, -1, 0.5];

// en: This site's library subtracts the maximum for you.
// pt: A biblioteca deste site subtrai o máximo por você.
// ru: Библиотека этого сайта сама вычитает максимум.
const p = softmax(z);
console.log('softmax(z) =', p);
console.log(
  'sum =',
  p.reduce((sum, x) => sum + x, 0),
);

// en: Without the shift: larger numbers, the same probabilities.
// pt: Sem o deslocamento: números maiores, as mesmas probabilidades.
// ru: Без сдвига числа больше, а вероятности те же.
const raw = z.map((x) => Math.exp(x));
const rawSum = raw.reduce((sum, x) => sum + x, 0);
console.log('exp(z) =', raw);
console.log('sum =', rawSum);
console.log(
  'exp(z) / sum =',
  raw.map((x) => x / rawSum),
);
