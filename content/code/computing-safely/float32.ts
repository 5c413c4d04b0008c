// en: The thresholds of the table, for float64 and for float32, and what they mean for softmax.
// en: JavaScript numbers are float64; Math.fround rounds a result to the nearest float32.
// pt: Os limiares da tabela, para float64 e para float32, e o que eles significam para a softmax.
// pt: Os números do JavaScript são float64; Math.fround arredonda um resultado para o float32 mais próximo.
// ru: Пороги из таблицы для float64 и для float32 и что они значат для softmax.
// ru: Числа в JavaScript — это float64; Math.fround округляет результат до ближайшего float32.
import { softmax } from '~/lib/math';

const f32 = Math.fround;
const FLOAT32_MAX = (2 - 2 ** -23) * 2 ** 127;

// en: Overflow above log(max); subnormal below log(smallest normal); exactly 0 below
// en: log(smallest subnormal / 2).
// pt: Estouro acima de log(max); subnormal abaixo de log(menor normal); exatamente 0
// pt: abaixo de log(menor subnormal / 2).
// ru: Переполнение выше log(max); субнормальные числа ниже log(наименьшего нормального);
// ru: ровно 0 ниже log(наименьшего субнормального / 2).
console.log(
  'float64',
  Math.log(Number.MAX_VALUE),
  Math.log(2 ** -1022),
  Math.log(Number.MIN_VALUE) - Math.LN2,
);
console.log('float32', Math.log(FLOAT32_MAX), Math.log(2 ** -126), Math.log(2 ** -149) - Math.LN2);

// en: e^89 fits in a float64 but not in a float32.
// pt: e^89 cabe num float64, mas não num float32.
// ru: e^89 помещается во float64, но не во float32.
console.log(Math.exp(89), f32(Math.exp(89)));

// en: So in float32 the naive formula already fails for logits around 90.
// pt: Por isso, em float32, a fórmula ingênua já falha com logitos perto de 90.
// ru: Поэтому во float32 наивная формула ломается уже на логитах около 90.
const z = [89, 90, 91];
const e = z.map((x) => f32(Math.exp(x)));
const S = f32(e.reduce((s, x) => s + x, 0));
console.log(
  'naive =',
  e.map((x) => f32(x / S)),
);
console.log('stable =', softmax(z).map(f32));
