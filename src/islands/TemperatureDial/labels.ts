/**
 * Labels of <TemperatureDial>, passed to the island as `labels` by index.astro (only the page's language reaches the browser).
 * `en` is the source; `pt` and `ru` `satisfies` its type, so a missing or extra key fails `astro check`.
 * `{name}` is a placeholder filled by the island.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Temperature dial',
  slider: 'Temperature T',
  entropy: 'Entropy: {value} nats (at most {max})',
  cold: 'T → 0: argmax (one-hot; a tie is shared equally)',
  current: 'At T = {value}',
  hot: 'T → ∞: uniform',
  summary: 'T = {t}. Probabilities {list}. Entropy {h} nats.',
  plotAlt:
    'Plot of each class’s probability as T goes from {from} to {to} on a logarithmic axis, with the entropy beneath it (from 0 up to {max} nats). Marked: T = {t}, probabilities {list}, entropy {h} nats.',
  plotCaption:
    'Above: the probability of each class against T (logarithmic axis). Below: the entropy H(T). The dotted line is the current T.',
  axisP: 'probability',
  axisH: 'entropy H (nats)',
  axisT: 'temperature T (log scale)',
};
export type TemperatureDialLabels = { readonly [K in keyof typeof en]: string };

const pt = {
  title: 'Controle de temperatura',
  slider: 'Temperatura T',
  entropy: 'Entropia: {value} nats (no máximo {max})',
  cold: 'T → 0: argmax (one-hot; um empate é dividido por igual)',
  current: 'Com T = {value}',
  hot: 'T → ∞: uniforme',
  summary: 'T = {t}. Probabilidades {list}. Entropia {h} nats.',
  plotAlt:
    'Gráfico da probabilidade de cada classe enquanto T vai de {from} a {to} num eixo logarítmico, com a entropia logo abaixo (de 0 até {max} nats). Marcado: T = {t}, probabilidades {list}, entropia {h} nats.',
  plotCaption:
    'Em cima: a probabilidade de cada classe em função de T (eixo logarítmico). Embaixo: a entropia H(T). A linha pontilhada marca o T atual.',
  axisP: 'probabilidade',
  axisH: 'entropia H (nats)',
  axisT: 'temperatura T (escala log)',
} satisfies TemperatureDialLabels;

const ru = {
  title: 'Регулятор температуры',
  slider: 'Температура T',
  entropy: 'Энтропия в натах: {value} (не больше {max})',
  cold: 'T → 0: argmax (one-hot; при равенстве\u00a0— поровну)',
  current: 'При T = {value}',
  hot: 'T → ∞: равномерное распределение',
  summary: 'T = {t}. Вероятности {list}. Энтропия в натах: {h}.',
  plotAlt:
    'График вероятности каждого класса при T от {from} до {to} на логарифмической оси, под ним\u00a0— энтропия в натах (от 0 до {max}). Отмечено: T = {t}, вероятности {list}, энтропия в натах {h}.',
  plotCaption:
    'Сверху\u00a0— вероятность каждого класса в зависимости от T (ось логарифмическая). Снизу\u00a0— энтропия H(T). Пунктирная линия отмечает текущую T.',
  axisP: 'вероятность',
  axisH: 'энтропия H (наты)',
  axisT: 'температура T (лог. шкала)',
} satisfies TemperatureDialLabels;

export const labels: Readonly<Record<Lang, TemperatureDialLabels>> = { en, pt, ru };
