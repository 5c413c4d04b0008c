import type { Lang } from '../../i18n/locales';

const en = {
  title: 'The last layers of a digit classifier',
  desc: '{hidden} hidden units feed {n} logits, one per digit: {logits}. Softmax turns them into probabilities {p}; argmax picks digit {k}, with probability {pk}.',
  caption:
    'Every hidden unit is connected to every logit ({params} weights and biases in this layer). Softmax keeps every digit in play; argmax keeps only the winner.',
  hidden: '{hidden} hidden',
  logits: 'logits',
  softmax: 'softmax',
  argmax: 'argmax',
  digit: 'Digit',
  logit: 'Logit',
  probability: 'Probability',
  winner: 'Prediction',
  yes: 'yes',
};
export type ClassifierHeadLabels = typeof en;

const pt = {
  title: 'As últimas camadas de um classificador de dígitos',
  desc: '{hidden} unidades ocultas alimentam {n} logitos, um por dígito: {logits}. A softmax os transforma nas probabilidades {p}; o argmax escolhe o dígito {k}, com probabilidade {pk}.',
  caption:
    'Cada unidade oculta está ligada a todos os logitos ({params} pesos e vieses nesta camada). A softmax mantém todos os dígitos no jogo; o argmax fica só com o vencedor.',
  hidden: '{hidden} ocultas',
  logits: 'logitos',
  softmax: 'softmax',
  argmax: 'argmax',
  digit: 'Dígito',
  logit: 'Logito',
  probability: 'Probabilidade',
  winner: 'Previsão',
  yes: 'sim',
} satisfies ClassifierHeadLabels;

const ru = {
  title: 'Последние слои классификатора цифр',
  desc: 'Скрытый слой из {hidden} нейронов передаёт сигнал {n} логитам, по одному на цифру: {logits}. Softmax превращает их в вероятности {p}; argmax выбирает цифру {k} с вероятностью {pk}.',
  caption:
    'Каждый скрытый нейрон связан с каждым логитом (в этом слое {params} весов и смещений). Softmax оставляет в игре все цифры, argmax\u00a0— только победителя.',
  hidden: '{hidden} скрытых',
  logits: 'логиты',
  softmax: 'softmax',
  argmax: 'argmax',
  digit: 'Цифра',
  logit: 'Логит',
  probability: 'Вероятность',
  winner: 'Прогноз',
  yes: 'да',
} satisfies ClassifierHeadLabels;

export const labels: Readonly<Record<Lang, ClassifierHeadLabels>> = { en, pt, ru };
