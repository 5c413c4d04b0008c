import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Argmax jumps, softmax ramps',
  desc: 'Probability of class {n} as logit {n} goes from {from} to {to}, the other logits fixed at {others}. Argmax is 0 until the logit passes {threshold}, then jumps to 1. Softmax rises smoothly from near 0 to near 1; at the example value {x} it gives {p}.',
  caption:
    'Move one logit and watch its class. Argmax (dashed) is flat everywhere except one cliff, so it says nothing about which way to go; softmax (solid) answers every small move with a small change.',
  xAxis: 'logit {n}',
  yAxis: 'probability of class {n}',
  softmax: 'softmax',
  argmax: 'argmax',
  here: 'here: {p}',
  tableLogit: 'Logit {n}',
};
export type ArgmaxRampLabels = typeof en;

const pt = {
  title: 'O argmax salta, a softmax sobe em rampa',
  desc: 'Probabilidade da classe {n} enquanto o logito {n} vai de {from} a {to}, com os outros logitos fixos em {others}. O argmax vale 0 até o logito passar de {threshold} e então salta para 1. A softmax sobe suavemente de quase 0 a quase 1; no valor do exemplo, {x}, ela dá {p}.',
  caption:
    'Mova um logito e observe a classe dele. O argmax (tracejado) é plano em toda parte, exceto num degrau, e por isso não indica para que lado ir; a softmax (linha contínua) responde a cada pequeno movimento com uma pequena mudança.',
  xAxis: 'logito {n}',
  yAxis: 'probabilidade da classe {n}',
  softmax: 'softmax',
  argmax: 'argmax',
  here: 'aqui: {p}',
  tableLogit: 'Logito {n}',
} satisfies ArgmaxRampLabels;

const ru = {
  title: 'Argmax меняется скачком, softmax\u00a0— плавно',
  desc: 'Вероятность класса {n}, когда логит {n} меняется от {from} до {to}, а остальные логиты равны {others}. Argmax равен 0, пока логит не превысит {threshold}, а затем скачком становится 1. Softmax плавно растёт от почти 0 до почти 1; при значении из примера, {x}, она даёт {p}.',
  caption:
    'Двигайте один логит и следите за его классом. Argmax (пунктир) постоянен везде, кроме одного скачка, поэтому не подсказывает, куда двигаться; softmax (сплошная линия) на каждое малое изменение отвечает малым изменением.',
  xAxis: 'логит {n}',
  yAxis: 'вероятность класса {n}',
  softmax: 'softmax',
  argmax: 'argmax',
  here: 'здесь: {p}',
  tableLogit: 'Логит {n}',
} satisfies ArgmaxRampLabels;

export const labels: Readonly<Record<Lang, ArgmaxRampLabels>> = { en, pt, ru };
