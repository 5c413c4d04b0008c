import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Real test digits and the two most probable answers of the model',
  desc: '{items}.',
  item: 'a handwritten {label}: {k1} with {p1}, then {k2} with {p2}',
  caption:
    'Real digits from the lab’s test set, exactly as the model receives them (28 × 28 pixels, ink or paper), each with the two largest of its ten softmax probabilities. The bar of the digit that was really written has the first colour.',
  written: 'written: {label}',
  right: 'right',
  wrong: 'wrong',
  trueDigit: 'the written digit',
  otherDigit: 'another digit',
  headWritten: 'Written',
  headFirst: 'Most probable',
  headSecond: 'Runner-up',
  headVerdict: 'Prediction',
  pair: '{k}: {p}',
};
export type DigitProbabilitiesLabels = typeof en;

const pt = {
  title: 'Dígitos reais de teste e as duas respostas mais prováveis do modelo',
  desc: '{items}.',
  item: 'um {label} escrito à mão: {k1} com {p1}, depois {k2} com {p2}',
  caption:
    'Dígitos reais do conjunto de teste do laboratório, exatamente como o modelo os recebe (28 × 28 pixels, tinta ou papel), cada um com as duas maiores de suas dez probabilidades da softmax. A barra do dígito que foi realmente escrito tem a primeira cor.',
  written: 'escrito: {label}',
  right: 'acerto',
  wrong: 'erro',
  trueDigit: 'o dígito escrito',
  otherDigit: 'outro dígito',
  headWritten: 'Escrito',
  headFirst: 'Mais provável',
  headSecond: 'Segundo lugar',
  headVerdict: 'Previsão',
  pair: '{k}: {p}',
} satisfies DigitProbabilitiesLabels;

const ru = {
  title: 'Настоящие тестовые цифры и два самых вероятных ответа модели',
  desc: '{items}.',
  item: 'рукописная цифра {label}: {k1} с вероятностью {p1}, затем {k2} с {p2}',
  caption:
    'Настоящие цифры из тестовой выборки лаборатории\u00a0— ровно такие, какими их получает модель (28 × 28 пикселей, каждый закрашен или пуст), и для каждой две наибольшие из десяти вероятностей softmax. Полоска цифры, которую написали на самом деле, окрашена первым цветом.',
  written: 'написано: {label}',
  right: 'верно',
  wrong: 'ошибка',
  trueDigit: 'написанная цифра',
  otherDigit: 'другая цифра',
  headWritten: 'Написано',
  headFirst: 'Самая вероятная',
  headSecond: 'Вторая',
  headVerdict: 'Предсказание',
  pair: '{k}: {p}',
} satisfies DigitProbabilitiesLabels;

export const labels: Record<Lang, DigitProbabilitiesLabels> = { en, pt, ru };
