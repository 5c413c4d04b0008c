import type { Lang } from '../../i18n/locales';

const en = {
  title: 'The cross-entropy gradient is prediction minus target',
  desc: 'For the logits {logits}, softmax predicts p = {p}. {panels} Each bar is one entry of the gradient ∂L/∂z = p − y: it points right (push the logit down) where the model gives the class more than the target does, left (push it up) where it gives less, and the entries of each gradient add up to 0.',
  panelDesc: 'With target y = {y} the loss is {loss} and the gradient is {g}.',
  caption:
    'The gradient of the cross-entropy with respect to the logits is p − y, class by class. A one-hot target pulls only its own class up and pushes every other one down by its probability; a soft target spreads the pull. The bars of each gradient balance out: they add up to 0.',
  hard: 'target y = one-hot of class {n}',
  soft: 'soft target y = {y}',
  loss: 'L = {loss}',
  cls: 'class {n}',
  p: 'p',
  y: 'y',
  g: 'p − y',
  tableTarget: 'Target',
  tableClass: 'Class',
};
export type GradientPMinusYLabels = typeof en;

const pt = {
  title: 'O gradiente da entropia cruzada é a previsão menos o alvo',
  desc: 'Para os logitos {logits}, a softmax prevê p = {p}. {panels} Cada barra é uma componente do gradiente ∂L/∂z = p − y: aponta para a direita (empurrar o logito para baixo) onde o modelo dá à classe mais do que o alvo, para a esquerda (puxá-lo para cima) onde dá menos, e as componentes de cada gradiente somam 0.',
  panelDesc: 'Com o alvo y = {y}, a perda é {loss} e o gradiente é {g}.',
  caption:
    'O gradiente da entropia cruzada em relação aos logitos é p − y, classe por classe. Um alvo one-hot puxa para cima só a própria classe e empurra cada uma das outras para baixo na medida da sua probabilidade; um alvo suave distribui esse puxão. As barras de cada gradiente se equilibram: somam 0.',
  hard: 'alvo y = one-hot da classe {n}',
  soft: 'alvo suave y = {y}',
  loss: 'L = {loss}',
  cls: 'classe {n}',
  p: 'p',
  y: 'y',
  g: 'p − y',
  tableTarget: 'Alvo',
  tableClass: 'Classe',
} satisfies GradientPMinusYLabels;

const ru = {
  title: 'Градиент перекрёстной энтропии\u00a0— это прогноз минус цель',
  desc: 'Для логитов {logits} softmax предсказывает p = {p}. {panels} Каждый столбик\u00a0— одна компонента градиента ∂L/∂z = p − y: он направлен вправо (логит надо уменьшить) там, где модель даёт классу больше, чем цель, и влево (логит надо увеличить) там, где меньше; компоненты каждого градиента в сумме дают 0.',
  panelDesc: 'При цели y = {y} потеря равна {loss}, а градиент равен {g}.',
  caption:
    'Градиент перекрёстной энтропии по логитам\u00a0— это p − y, класс за классом. One-hot-цель тянет вверх только свой класс, а каждый из остальных толкает вниз на величину его вероятности; мягкая цель распределяет это усилие. Столбики каждого градиента уравновешивают друг друга: их сумма равна 0.',
  hard: 'цель y\u00a0— one-hot-вектор класса {n}',
  soft: 'мягкая цель y = {y}',
  loss: 'L = {loss}',
  cls: 'класс {n}',
  p: 'p',
  y: 'y',
  g: 'p − y',
  tableTarget: 'Цель',
  tableClass: 'Класс',
} satisfies GradientPMinusYLabels;

export const labels: Readonly<Record<Lang, GradientPMinusYLabels>> = { en, pt, ru };
