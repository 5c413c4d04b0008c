// en: Softmax from scratch, in the four steps of the worked example.
// pt: Softmax do zero, nos quatro passos do exemplo resolvido.
// ru: Softmax с нуля, теми же четырьмя шагами, что и в разобранном примере.
const z = [2, -1, 0.5];

// en: Step 1: subtract the maximum.
// pt: Passo 1: subtraia o máximo.
// ru: Шаг 1: вычитаем максимум.
const m = Math.max(...z);
const d = z.map((x) => x - m);
console.log('d =', d);

// en: Step 2: exponentiate (every value lies in (0, 1], the largest is 1).
// pt: Passo 2: exponencie (todos os valores ficam em (0, 1], o maior é 1).
// ru: Шаг 2: берём экспоненту (все значения в (0, 1], наибольшее равно 1).
const e = d.map((x) => Math.exp(x));
console.log('exp(d) =', e);

// en: Step 3: add up.
// pt: Passo 3: some.
// ru: Шаг 3: складываем.
const S = e.reduce((sum, x) => sum + x, 0);
console.log('S =', S);

// en: Step 4: divide.
// pt: Passo 4: divida.
// ru: Шаг 4: делим.
const p = e.map((x) => x / S);
console.log('p =', p);
