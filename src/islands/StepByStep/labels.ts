/**
 * Labels of <StepByStep>, passed to the island as `labels` by index.astro (only the page's language reaches the browser).
 * `en` is the source; `pt` and `ru` `satisfies` its type, so a missing or extra key fails `astro check`.
 * `{name}` is a placeholder filled by the island.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Softmax step by step',
  step: 'Step {n} of {total}',
  prev: 'Previous step',
  next: 'Next step',
  max: 'Find the largest logit',
  shift: 'Subtract it from every logit',
  exp: 'Exponentiate',
  sum: 'Add the exponentials up',
  divide: 'Divide each exponential by the sum',
  maxResult: 'max = {value}',
  sumResult: 'S = {value}',
};
export type StepByStepLabels = { readonly [K in keyof typeof en]: string };

const pt = {
  title: 'Softmax passo a passo',
  step: 'Passo {n} de {total}',
  prev: 'Passo anterior',
  next: 'Próximo passo',
  max: 'Encontre o maior logito',
  shift: 'Subtraia-o de cada logito',
  exp: 'Aplique a exponencial',
  sum: 'Some as exponenciais',
  divide: 'Divida cada exponencial pela soma',
  maxResult: 'máx = {value}',
  sumResult: 'S = {value}',
} satisfies StepByStepLabels;

const ru = {
  title: 'Softmax шаг за шагом',
  step: 'Шаг {n} из {total}',
  prev: 'Предыдущий шаг',
  next: 'Следующий шаг',
  max: 'Находим наибольший логит',
  shift: 'Вычитаем его из каждого логита',
  exp: 'Берём экспоненту',
  sum: 'Складываем экспоненты',
  divide: 'Делим каждую экспоненту на сумму',
  maxResult: 'max = {value}',
  sumResult: 'S = {value}',
} satisfies StepByStepLabels;

export const labels: Readonly<Record<Lang, StepByStepLabels>> = { en, pt, ru };
