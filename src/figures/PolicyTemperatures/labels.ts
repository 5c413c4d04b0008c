import type { Lang } from '../../i18n/locales';

const en = {
  title: 'One policy at several temperatures',
  desc: 'The preferences {h} for {actions} through a softmax at each temperature: {panels}. The lower the temperature, the more the policy sticks to the best action; the higher, the closer it gets to uniform.',
  descPanel: 'at T = {t} the policy is {pi}',
  caption:
    'Same preferences in every panel; only the temperature changes. The colder it is, the more the policy concentrates on the favourite action (the highlighted bar); the hotter, the more evenly it spreads over all of them. The spread is the entropy as a share of its maximum: 0 for a sure choice, 1 for a uniform one.',
  t: 'T = {t}',
  spread: 'spread {h}',
  temperature: 'Temperature',
  entropy: 'Entropy (nats)',
  moves: ['left', 'right', 'up', 'down'],
  movesNote: '←, →, ↑, ↓: left, right, up, down.',
  below: '<{v}',
  above: '>{v}',
};
export type PolicyTemperaturesLabels = typeof en;

const pt = {
  title: 'Uma política em várias temperaturas',
  desc: 'As preferências {h} para {actions} passam por uma softmax em cada temperatura: {panels}. Quanto menor a temperatura, mais a política se fixa na melhor ação; quanto maior, mais ela se aproxima da uniforme.',
  descPanel: 'com T = {t}, a política é {pi}',
  caption:
    'As mesmas preferências em todos os painéis; só a temperatura muda. Quanto mais frio, mais a política se concentra na ação favorita (a barra destacada); quanto mais quente, mais ela se espalha por igual entre todas. A dispersão é a entropia como fração do seu máximo: 0 para uma escolha determinística, 1 para a uniforme.',
  t: 'T = {t}',
  spread: 'dispersão {h}',
  temperature: 'Temperatura',
  entropy: 'Entropia (nats)',
  moves: ['esquerda', 'direita', 'cima', 'baixo'],
  movesNote: '←, →, ↑, ↓: esquerda, direita, cima, baixo.',
  below: '<{v}',
  above: '>{v}',
} satisfies PolicyTemperaturesLabels;

const ru = {
  title: 'Одна стратегия при разных температурах',
  desc: 'Предпочтения {h} для действий {actions} пропущены через softmax при каждой температуре: {panels}. Чем ниже температура, тем крепче стратегия держится за лучшее действие; чем выше, тем ближе она к равномерной.',
  descPanel: 'при T = {t} стратегия равна {pi}',
  caption:
    'Во всех панелях одни и те же предпочтения, меняется только температура. Чем холоднее, тем сильнее стратегия сосредоточена на предпочтительном действии (выделенный столбик); чем горячее, тем равномернее она распределена по всем действиям. Разброс\u00a0— это энтропия в долях от максимума: 0 для уверенного выбора, 1 для равномерного.',
  t: 'T = {t}',
  spread: 'разброс {h}',
  temperature: 'Температура',
  entropy: 'Энтропия (наты)',
  moves: ['влево', 'вправо', 'вверх', 'вниз'],
  movesNote: '←, →, ↑, ↓: влево, вправо, вверх, вниз.',
  below: '<{v}',
  above: '>{v}',
} satisfies PolicyTemperaturesLabels;

export const labels: Readonly<Record<Lang, PolicyTemperaturesLabels>> = { en, pt, ru };
