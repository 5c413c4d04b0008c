/**
 * Labels of <SafeComputation>, passed to the island as `labels` by index.astro (only the page's language reaches the browser).
 * `en` is the source; `pt` and `ru` `satisfies` its type, so a missing or extra key fails `astro check`.
 * `{name}` is a placeholder filled by the island.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Naive versus stable softmax',
  naive: 'Naive: e^z / Σ e^z',
  stable: 'Stable: subtract the max first',
  exps: 'Exponentials',
  overflow: 'e^{value} overflows: the largest double is about 1.8 × 10³⁰⁸.',
  underflow: 'e^{value} underflows to 0.',
  agrees:
    'Agrees with the stable result: the largest difference is {diff}, within the tolerance of {tol}.',
  disagrees:
    'Disagrees with the stable result: the largest difference is {diff}, more than the tolerance of {tol}.',
  noResult: 'The naive formula returns no usable number: it divides ∞ by ∞, or 0 by 0.',
  causeOverflow:
    'Cause: overflow. An exponential, or their sum, exceeds the largest double (about 1.8 × 10³⁰⁸) and becomes ∞.',
  causeUnderflow:
    'Cause: underflow. Exponentials below about 5 × 10⁻³²⁴ round to 0, and those classes lose their share.',
  causePrecision:
    'Cause: lost precision. Below about 2.2 × 10⁻³⁰⁸ a double keeps fewer and fewer significant digits, so the ratios of the exponentials come out wrong.',
  shifted: 'z − max',
  result: 'Probabilities',
  summary: 'Naive: {naive}. Stable: {list}. {verdict}',
  failed: 'fails',
};
export type SafeComputationLabels = { readonly [K in keyof typeof en]: string };

const pt = {
  title: 'Softmax ingênua versus estável',
  naive: 'Ingênua: e^z / Σ e^z',
  stable: 'Estável: subtraia o máximo antes',
  exps: 'Exponenciais',
  overflow: 'e^{value} estoura: o maior double vale cerca de 1,8 × 10³⁰⁸.',
  underflow: 'e^{value} é arredondado para 0.',
  agrees:
    'Concorda com o resultado estável: a maior diferença é {diff}, dentro da tolerância de {tol}.',
  disagrees:
    'Não concorda com o resultado estável: a maior diferença é {diff}, acima da tolerância de {tol}.',
  noResult:
    'A fórmula ingênua não devolve nenhum número utilizável: ela divide ∞ por ∞, ou 0 por 0.',
  causeOverflow:
    'Causa: estouro (overflow). Uma exponencial, ou a soma delas, passa do maior double (cerca de 1,8 × 10³⁰⁸) e vira ∞.',
  causeUnderflow:
    'Causa: underflow. Exponenciais menores que cerca de 5 × 10⁻³²⁴ são arredondadas para 0, e essas classes perdem a sua fatia.',
  causePrecision:
    'Causa: perda de precisão. Abaixo de cerca de 2,2 × 10⁻³⁰⁸, um double guarda cada vez menos algarismos significativos, e as razões entre as exponenciais saem erradas.',
  shifted: 'z − máx',
  result: 'Probabilidades',
  summary: 'Ingênua: {naive}. Estável: {list}. {verdict}',
  failed: 'falha',
} satisfies SafeComputationLabels;

const ru = {
  title: 'Наивная softmax против устойчивой',
  naive: 'Наивно: e^z / Σ e^z',
  stable: 'Устойчиво: сначала вычесть максимум',
  exps: 'Экспоненты',
  overflow: 'e^{value} переполняется: наибольшее число double — около 1,8 × 10³⁰⁸.',
  underflow: 'e^{value} округляется до 0.',
  agrees:
    'Совпадает с устойчивым результатом: наибольшее расхождение — {diff}, в пределах допуска {tol}.',
  disagrees:
    'Не совпадает с устойчивым результатом: наибольшее расхождение — {diff}, что больше допуска {tol}.',
  noResult: 'Наивная формула не даёт пригодного числа: она делит ∞ на ∞ или 0 на 0.',
  causeOverflow:
    'Причина: переполнение. Одна из экспонент или их сумма превышает наибольшее число double (около 1,8 × 10³⁰⁸) и становится ∞.',
  causeUnderflow:
    'Причина: исчезновение порядка (underflow). Экспоненты меньше примерно 5 × 10⁻³²⁴ округляются до 0, и соответствующие классы теряют свою долю.',
  causePrecision:
    'Причина: потеря точности. У чисел double меньше примерно 2,2 × 10⁻³⁰⁸ остаётся всё меньше значащих цифр, и отношения экспонент получаются неверными.',
  shifted: 'z − max',
  result: 'Вероятности',
  summary: 'Наивно: {naive}. Устойчиво: {list}. {verdict}',
  failed: 'сбой',
} satisfies SafeComputationLabels;

export const labels: Readonly<Record<Lang, SafeComputationLabels>> = { en, pt, ru };
