import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Nudge one logit, watch every probability',
  desc: 'Starting from the logits {logits}, each panel raises one logit by {h} and shows how much each probability changes. {panels}',
  panelDesc: 'Raising logit {j} changes the probabilities by {delta}.',
  caption:
    'The nudged class always gains and every other class loses, in proportion to its own probability; the changes in a panel add up to 0. These are the columns of the Jacobian, times {h}.',
  panel: 'z{j} + {h}',
  change: 'Δp',
  predicted: 'line: the Jacobian’s prediction J·h',
  tableNudge: 'Nudged logit',
};
export type NudgeLogitsLabels = typeof en;

const pt = {
  title: 'Empurre um logito e veja todas as probabilidades',
  desc: 'Partindo dos logitos {logits}, cada painel aumenta um logito em {h} e mostra quanto cada probabilidade muda. {panels}',
  panelDesc: 'Aumentar o logito {j} muda as probabilidades em {delta}.',
  caption:
    'A classe empurrada sempre ganha e todas as outras perdem, na proporção da própria probabilidade; as mudanças de um painel somam 0. São as colunas da jacobiana, multiplicadas por {h}.',
  panel: 'z{j} + {h}',
  change: 'Δp',
  predicted: 'marca: a previsão da jacobiana, J·h',
  tableNudge: 'Logito aumentado',
} satisfies NudgeLogitsLabels;

const ru = {
  title: 'Сдвиньте один логит\u00a0— изменятся все вероятности',
  desc: 'Исходные логиты {logits}; на каждой панели один логит увеличен на {h} и показано, насколько изменилась каждая вероятность. {panels}',
  panelDesc: 'Рост логита {j} меняет вероятности на {delta}.',
  caption:
    'Класс, чей логит сдвинули, всегда выигрывает, а все остальные теряют пропорционально своей вероятности; изменения на панели в сумме дают 0. Это столбцы матрицы Якоби, умноженные на {h}.',
  panel: 'z{j} + {h}',
  change: 'Δp',
  predicted: 'черта: прогноз по матрице Якоби, J·h',
  tableNudge: 'Сдвинутый логит',
} satisfies NudgeLogitsLabels;

export const labels: Readonly<Record<Lang, NudgeLogitsLabels>> = { en, pt, ru };
