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
  overflow: 'e^{value} overflows: the largest {format} number is about {max}.',
  underflow: 'e^{value} underflows to 0.',
  agrees:
    'Agrees with the stable result: the largest difference is {diff}, within the tolerance of {tol}.',
  disagrees:
    'Disagrees with the stable result: the largest difference is {diff}, more than the tolerance of {tol}.',
  noResult: 'The naive formula returns no usable number: it divides ∞ by ∞, or 0 by 0.',
  causeOverflow:
    'Cause: overflow. An exponential, or their sum, exceeds the largest {format} number (about {max}) and becomes ∞.',
  causeUnderflow:
    'Cause: underflow. In {format}, exponentials below about {tiny} round to 0, and those classes lose their share.',
  causePrecision:
    'Cause: lost precision. Below about {normal} a {format} number keeps fewer and fewer significant digits, so the ratios of the exponentials come out wrong.',
  unrepresentable:
    'The logit {value} does not fit in {format}, whose largest number is about {max}: it is stored as infinity, and neither recipe can start. Choose a wider format or smaller logits.',
  format: 'Number format',
  float64: 'float64 (double)',
  float32: 'float32 (single)',
  float16: 'float16 (half)',
  bfloat16: 'bfloat16',
  facts:
    '{format}: {bits} significant bits, machine epsilon {eps}, largest number about {max}. e^z overflows above z ≈ {over} and rounds to 0 below z ≈ {under}.',
  stored: 'Stored in {format} as',
  shifted: 'z − max',
  result: 'Probabilities',
  summary: '{format}. Naive: {naive}. Stable: {list}. {verdict}',
  failed: 'fails',
};
export type SafeComputationLabels = { readonly [K in keyof typeof en]: string };

const pt = {
  title: 'Softmax ingênua versus estável',
  naive: 'Ingênua: e^z / Σ e^z',
  stable: 'Estável: subtraia o máximo antes',
  exps: 'Exponenciais',
  overflow: 'e^{value} estoura: o maior número em {format} vale cerca de {max}.',
  underflow: 'e^{value} é arredondado para 0.',
  agrees:
    'Concorda com o resultado estável: a maior diferença é {diff}, dentro da tolerância de {tol}.',
  disagrees:
    'Não concorda com o resultado estável: a maior diferença é {diff}, acima da tolerância de {tol}.',
  noResult:
    'A fórmula ingênua não devolve nenhum número utilizável: ela divide ∞ por ∞, ou 0 por 0.',
  causeOverflow:
    'Causa: estouro (overflow). Uma exponencial, ou a soma delas, passa do maior número em {format} (cerca de {max}) e vira ∞.',
  causeUnderflow:
    'Causa: underflow. Em {format}, exponenciais menores que cerca de {tiny} são arredondadas para 0, e essas classes perdem a sua fatia.',
  causePrecision:
    'Causa: perda de precisão. Abaixo de cerca de {normal}, um número em {format} guarda cada vez menos algarismos significativos, e as razões entre as exponenciais saem erradas.',
  unrepresentable:
    'O logito {value} não cabe em {format}, cujo maior número vale cerca de {max}: ele é guardado como infinito, e nenhuma das duas receitas consegue começar. Escolha um formato mais largo ou logitos menores.',
  format: 'Formato numérico',
  float64: 'float64 (precisão dupla)',
  float32: 'float32 (precisão simples)',
  float16: 'float16 (meia precisão)',
  bfloat16: 'bfloat16',
  facts:
    '{format}: {bits} bits significativos, épsilon de máquina {eps}, maior número por volta de {max}. e^z estoura acima de z ≈ {over} e vira 0 abaixo de z ≈ {under}.',
  stored: 'Guardados em {format} como',
  shifted: 'z − máx',
  result: 'Probabilidades',
  summary: '{format}. Ingênua: {naive}. Estável: {list}. {verdict}',
  failed: 'falha',
} satisfies SafeComputationLabels;

const ru = {
  title: 'Наивная softmax против устойчивой',
  naive: 'Наивно: e^z / Σ e^z',
  stable: 'Устойчиво: сначала вычесть максимум',
  exps: 'Экспоненты',
  overflow: 'e^{value} переполняется: наибольшее число в {format}\u00a0— около {max}.',
  underflow: 'e^{value} округляется до 0.',
  agrees:
    'Совпадает с устойчивым результатом: наибольшее расхождение\u00a0— {diff}, в пределах допуска {tol}.',
  disagrees:
    'Не совпадает с устойчивым результатом: наибольшее расхождение\u00a0— {diff}, что больше допуска {tol}.',
  noResult: 'Наивная формула не даёт пригодного числа: она делит ∞ на ∞ или 0 на 0.',
  causeOverflow:
    'Причина: переполнение. Одна из экспонент или их сумма превышает наибольшее число в {format} (около {max}) и становится ∞.',
  causeUnderflow:
    'Причина: исчезновение порядка (underflow). В {format} экспоненты меньше примерно {tiny} округляются до 0, и соответствующие классы теряют свою долю.',
  causePrecision:
    'Причина: потеря точности. У чисел {format} меньше примерно {normal} остаётся всё меньше значащих цифр, и отношения экспонент получаются неверными.',
  unrepresentable:
    'Логит {value} не помещается в {format}, где наибольшее число\u00a0— около {max}: он хранится как бесконечность, и ни один из двух способов не может даже начать работу. Выберите более широкий формат или логиты поменьше.',
  format: 'Формат чисел',
  float64: 'float64 (двойная точность)',
  float32: 'float32 (одинарная точность)',
  float16: 'float16 (половинная точность)',
  bfloat16: 'bfloat16',
  facts:
    '{format}: значащих битов\u00a0— {bits}, машинный эпсилон\u00a0— {eps}, наибольшее число\u00a0— около {max}. e^z переполняется при z выше примерно {over} и округляется до 0 при z ниже примерно {under}.',
  stored: 'В {format} хранятся как',
  shifted: 'z − max',
  result: 'Вероятности',
  summary: '{format}. Наивно: {naive}. Устойчиво: {list}. {verdict}',
  failed: 'сбой',
} satisfies SafeComputationLabels;

export const labels: Readonly<Record<Lang, SafeComputationLabels>> = { en, pt, ru };
