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
} satisfies TemperatureDialLabels;

const ru = {
  title: 'Регулятор температуры',
  slider: 'Температура T',
  entropy: 'Энтропия в натах: {value} (не больше {max})',
  cold: 'T → 0: argmax (one-hot; при равенстве — поровну)',
  current: 'При T = {value}',
  hot: 'T → ∞: равномерное распределение',
  summary: 'T = {t}. Вероятности {list}. Энтропия в натах: {h}.',
} satisfies TemperatureDialLabels;

export const labels: Readonly<Record<Lang, TemperatureDialLabels>> = { en, pt, ru };
