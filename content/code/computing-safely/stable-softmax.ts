// en: The naive formula and the stable recipe on the logits (1000, 1001, 1002).
// pt: A fórmula ingênua e a receita estável com os logitos (1000, 1001, 1002).
// ru: Наивная формула и устойчивый рецепт на логитах (1000, 1001, 1002).
import { softmax } from '~/lib/math';

const z = [1000, 1001, 1002];
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

// en: Naive: every exponential overflows, and Infinity / Infinity is NaN.
// pt: Ingênua: todas as exponenciais estouram, e Infinity / Infinity dá NaN.
// ru: Наивно: каждая экспонента переполняется, а Infinity / Infinity даёт NaN.
const raw = z.map((x) => Math.exp(x));
console.log('exp(z) =', raw);
console.log(
  'naive =',
  raw.map((x) => x / sum(raw)),
);

// en: Stable: shift by the maximum, then exponentiate, add up, divide.
// pt: Estável: desloque pelo máximo, depois exponencie, some e divida.
// ru: Устойчиво: сдвигаем на максимум, затем экспонента, сумма, деление.
const m = Math.max(...z);
const d = z.map((x) => x - m);
const e = d.map((x) => Math.exp(x));
const S = sum(e);
console.log('m =', m);
console.log('d =', d);
console.log('exp(d) =', e);
console.log('S =', S);
console.log(
  'p =',
  e.map((x) => x / S),
);

// en: This site's softmax does the same internally.
// pt: A softmax deste site faz o mesmo internamente.
// ru: softmax этого сайта внутри делает то же самое.
console.log('softmax(z) =', softmax(z));
