import type { Lang } from '../../i18n/locales';

const en = {
  title: 'The sigmoid and the threshold of one half',
  desc: 'The curve s(z) = 1 / (1 + e⁻ᶻ) rises from 0 to 1 and crosses 1/2 at z = 0. Marked on it: {points}. {yes} of them are above 1/2, so they are read as present.',
  descPoint: '{name} at z = {z}, s = {s}',
  descValues:
    'The curve s(z) = 1 / (1 + e⁻ᶻ) rises from 0 to 1 and crosses 1/2 at z = 0. Marked on it: {points}. A two-class softmax whose logits differ by z gives its first class exactly s(z).',
  caption:
    'Each label gets its own sigmoid, so each score is turned into a yes-or-no probability without looking at the others. Everything right of 0 lands above the dashed threshold of 1/2 (the shaded corner) and counts as present.',
  xAxis: 'logit z',
  yAxis: 's(z)',
  threshold: 'threshold 1/2',
  yesZone: 'present',
  point: '{name} {s}',
  captionValues:
    'Read as a two-class softmax: with logits z₁ and z₂, the first class gets exactly s(z₁ − z₂), so the marked point is also the softmax of two logits with that difference. The curve crosses 1/2 where the two logits are equal.',
  valuePoint: 's({z}) = {s}',
  zValue: 'z = {z}:',
  labels: ['cat', 'hen', 'dog', 'person'],
  tableName: 'Label',
  tableZ: 'Logit z',
  tableS: 's(z)',
  tablePresent: 'Above 1/2?',
  yes: 'yes',
  no: 'no',
};
export type SigmoidCurveLabels = typeof en;

const pt = {
  title: 'A sigmoide e o limiar de 1/2',
  desc: 'A curva s(z) = 1 / (1 + e⁻ᶻ) sobe de 0 a 1 e cruza 1/2 em z = 0. Marcados nela: {points}. {yes} deles ficam acima de 1/2 e por isso são lidos como presentes.',
  descPoint: '{name} em z = {z}, s = {s}',
  descValues:
    'A curva s(z) = 1 / (1 + e⁻ᶻ) sobe de 0 a 1 e cruza 1/2 em z = 0. Marcado nela: {points}. Uma softmax de duas classes cujos logitos diferem por z dá à primeira classe exatamente s(z).',
  caption:
    'Cada rótulo tem a sua própria sigmoide, então cada logito vira uma probabilidade de sim ou não sem olhar para os outros. Tudo o que está à direita do 0 fica acima do limiar tracejado de 1/2 (o canto sombreado) e conta como presente.',
  xAxis: 'logito z',
  yAxis: 's(z)',
  threshold: 'limiar 1/2',
  yesZone: 'presente',
  point: '{name} {s}',
  captionValues:
    'Lida como uma softmax de duas classes: com os logitos z₁ e z₂, a primeira classe recebe exatamente s(z₁ − z₂), então o ponto marcado é também a softmax de dois logitos com essa diferença. A curva cruza 1/2 onde os dois logitos são iguais.',
  valuePoint: 's({z}) = {s}',
  zValue: 'z = {z}:',
  labels: ['gato', 'galinha', 'cachorro', 'pessoa'],
  tableName: 'Rótulo',
  tableZ: 'Logito z',
  tableS: 's(z)',
  tablePresent: 'Acima de 1/2?',
  yes: 'sim',
  no: 'não',
} satisfies SigmoidCurveLabels;

const ru = {
  title: 'Сигмоида и порог 1/2',
  desc: 'Кривая s(z) = 1 / (1 + e⁻ᶻ) растёт от 0 до 1 и пересекает 1/2 при z = 0. На ней отмечены: {points}. Точек выше 1/2: {yes}; эти метки считаются присутствующими.',
  descPoint: '{name} при z = {z}, s = {s}',
  descValues:
    'Кривая s(z) = 1 / (1 + e⁻ᶻ) растёт от 0 до 1 и пересекает 1/2 при z = 0. На ней отмечено: {points}. Softmax для двух классов, логиты которых отличаются на z, даёт первому классу ровно s(z).',
  caption:
    'У каждой метки своя сигмоида, поэтому каждый логит превращается в вероятность «да или нет», не оглядываясь на остальные. Всё, что правее 0, оказывается выше пунктирного порога 1/2 (затенённый угол) и считается присутствующим.',
  xAxis: 'логит z',
  yAxis: 's(z)',
  threshold: 'порог 1/2',
  yesZone: 'есть',
  point: '{name} {s}',
  captionValues:
    'Как softmax для двух классов: при логитах z₁ и z₂ первый класс получает ровно s(z₁ − z₂), так что отмеченная точка\u00a0— это и softmax двух логитов с такой разностью. Кривая пересекает 1/2 там, где логиты равны.',
  valuePoint: 's({z}) = {s}',
  zValue: 'z = {z}:',
  labels: ['кошка', 'курица', 'собака', 'человек'],
  tableName: 'Метка',
  tableZ: 'Логит z',
  tableS: 's(z)',
  tablePresent: 'Выше 1/2?',
  yes: 'да',
  no: 'нет',
} satisfies SigmoidCurveLabels;

export const labels: Readonly<Record<Lang, SigmoidCurveLabels>> = { en, pt, ru };
