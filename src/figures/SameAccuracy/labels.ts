import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Same predictions, different confidence',
  desc: 'Model A has logits {za} and gives the probabilities {pa}; model B has logits {zb} and gives {pb}. Both predict class {n}, so they have the same accuracy, but B is far more confident.',
  caption:
    'Multiplying the logits by a positive number keeps their order, so the two models agree on every input and no accuracy figure can tell them apart. Only their stated probabilities differ, and at most one of them can match how often the prediction is right.',
  modelA: 'Model A',
  modelB: 'Model B',
  logitsA: 'z = {z}',
  logitsB: '{k}z = {z}',
  klassHead: 'Class',
  klass: 'Class {n}',
  same: 'Both predict class {n}: same accuracy.',
  confidence: 'Confidence: {a} against {b}.',
  below: '< {v}',
};
export type SameAccuracyLabels = typeof en;

const pt = {
  title: 'Mesmas previsões, confiança diferente',
  desc: 'O modelo A tem os logitos {za} e dá as probabilidades {pa}; o modelo B tem os logitos {zb} e dá {pb}. Os dois preveem a classe {n}, e por isso têm a mesma acurácia, mas B está muito mais confiante.',
  caption:
    'Multiplicar os logitos por um número positivo mantém a ordem deles, então os dois modelos concordam em qualquer entrada e nenhuma medida de acurácia consegue distingui-los. Só as probabilidades declaradas diferem, e as de no máximo um dos modelos podem corresponder à frequência com que a previsão acerta.',
  modelA: 'Modelo A',
  modelB: 'Modelo B',
  logitsA: 'z = {z}',
  logitsB: '{k}z = {z}',
  klassHead: 'Classe',
  klass: 'Classe {n}',
  same: 'Os dois preveem a classe {n}: mesma acurácia.',
  confidence: 'Confiança: {a} contra {b}.',
  below: '< {v}',
} satisfies SameAccuracyLabels;

const ru = {
  title: 'Одинаковые предсказания, разная уверенность',
  desc: 'У модели A логиты {za} и вероятности {pa}; у модели B логиты {zb} и вероятности {pb}. Обе предсказывают класс {n}, поэтому точность у них одинаковая, но модель B уверена гораздо сильнее.',
  caption:
    'Умножение логитов на положительное число сохраняет их порядок, поэтому предсказания двух моделей совпадают на любом входе и никакая оценка точности их не различит. Различаются только заявленные вероятности, и с частотой верных ответов может совпадать лишь одна из них.',
  modelA: 'Модель A',
  modelB: 'Модель B',
  logitsA: 'z = {z}',
  logitsB: '{k}z = {z}',
  klassHead: 'Класс',
  klass: 'Класс {n}',
  same: 'Обе предсказывают класс {n}: точность одинакова.',
  confidence: 'Уверенность: {a} против {b}.',
  below: '< {v}',
} satisfies SameAccuracyLabels;

export const labels: Readonly<Record<Lang, SameAccuracyLabels>> = { en, pt, ru };
