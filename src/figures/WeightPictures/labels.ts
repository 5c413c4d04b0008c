import type { Lang } from '../../i18n/locales';

const en = {
  title: 'The ten weight vectors of softmax regression, drawn as pictures',
  desc: 'Ten 28 × 28 pictures, one per digit 0 to 9; each pixel shows the weight that ink on that pixel adds to the digit’s logit, from {min} to {max}.',
  caption:
    'Each picture is one column of the weight matrix, 784 weights laid out like the pixels they multiply. First colour: ink there raises the digit’s score; second colour: ink there lowers it; blank: it hardly matters. One colour scale for all ten.',
  positive: 'raises the score',
  negative: 'lowers the score',
  digit: 'Digit',
  largest: 'Largest weight',
  smallest: 'Smallest weight',
};
export type WeightPicturesLabels = typeof en;

const pt = {
  title: 'Os dez vetores de pesos da regressão softmax, desenhados como imagens',
  desc: 'Dez imagens de 28 × 28, uma para cada dígito de 0 a 9; cada pixel mostra o peso que a tinta naquele pixel soma ao logito do dígito, de {min} a {max}.',
  caption:
    'Cada imagem é uma coluna da matriz de pesos: 784 pesos dispostos como os pixels que eles multiplicam. Primeira cor: tinta ali aumenta a pontuação do dígito; segunda cor: tinta ali a diminui; em branco: quase não faz diferença. A escala de cores é a mesma nas dez.',
  positive: 'aumenta a pontuação',
  negative: 'diminui a pontuação',
  digit: 'Dígito',
  largest: 'Maior peso',
  smallest: 'Menor peso',
} satisfies WeightPicturesLabels;

const ru = {
  title: 'Десять векторов весов softmax-регрессии в виде картинок',
  desc: 'Десять картинок 28 × 28, по одной на каждую цифру от 0 до 9; каждый пиксель показывает вес, который чернила в этом пикселе добавляют к логиту цифры, от {min} до {max}.',
  caption:
    'Каждая картинка\u00a0— один столбец матрицы весов: 784 веса, разложенные так же, как пиксели, на которые они умножаются. Первый цвет: чернила здесь повышают оценку цифры; второй цвет: понижают; пусто: почти не влияют. Шкала цветов у всех десяти одна.',
  positive: 'повышает оценку',
  negative: 'понижает оценку',
  digit: 'Цифра',
  largest: 'Наибольший вес',
  smallest: 'Наименьший вес',
} satisfies WeightPicturesLabels;

export const labels: Record<Lang, WeightPicturesLabels> = { en, pt, ru };
