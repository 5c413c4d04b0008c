import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Reliability diagram before and after temperature scaling',
  desc: '{n} predictions, right {acc} of the time, in confidence bins. At T = 1: {before}; ECE {eceBefore}. At the fitted T = {t}: {after}; ECE {eceAfter}.',
  descBin: 'bin {bin} holds {n} with accuracy {acc} and mean confidence {conf}',
  caption:
    'Each accuracy bar is how often the predictions in a confidence bin were right; the gap band runs from there to how sure they claimed to be, on average. On the dashed diagonal the two agree. Dividing the logits by the fitted temperature changes the confidences, not the accuracy.',
  before: 'Before: T = 1',
  after: 'After: T = {t}',
  ece: 'ECE {v}',
  n: 'n = {n}',
  xAxis: 'confidence (top probability)',
  yAxis: 'accuracy',
  accuracyLegend: 'accuracy',
  gapLegend: 'gap',
  diagonal: 'perfectly calibrated',
  panel: 'Panel',
  bin: 'Confidence bin',
  count: 'Predictions',
  accuracy: 'Accuracy',
  confidence: 'Mean confidence',
  gap: 'Gap',
};
export type ReliabilityDiagramLabels = typeof en;

const pt = {
  title: 'Diagrama de confiabilidade antes e depois do ajuste de temperatura',
  desc: '{n} previsões, certas em {acc} dos casos, em faixas de confiança. Com T = 1: {before}; ECE {eceBefore}. Com a temperatura ajustada T = {t}: {after}; ECE {eceAfter}.',
  descBin: 'a faixa {bin} tem {n}, com acurácia {acc} e confiança média {conf}',
  caption:
    'Cada barra de acurácia mostra com que frequência as previsões de uma faixa de confiança acertaram; a parte da diferença vai dali até a confiança média que elas declaravam. Na diagonal tracejada, as duas coincidem. Dividir os logitos pela temperatura ajustada muda as confianças, não a acurácia.',
  before: 'Antes: T = 1',
  after: 'Depois: T = {t}',
  ece: 'ECE {v}',
  n: 'n = {n}',
  xAxis: 'confiança (maior probabilidade)',
  yAxis: 'acurácia',
  accuracyLegend: 'acurácia',
  gapLegend: 'diferença',
  diagonal: 'calibração perfeita',
  panel: 'Painel',
  bin: 'Faixa de confiança',
  count: 'Previsões',
  accuracy: 'Acurácia',
  confidence: 'Confiança média',
  gap: 'Diferença',
} satisfies ReliabilityDiagramLabels;

const ru = {
  title: 'Диаграмма надёжности до и после температурного масштабирования',
  desc: '{n} предсказаний (доля верных\u00a0— {acc}) разбиты по уровню уверенности. При T = 1: {before}; ECE {eceBefore}. При подобранной T = {t}: {after}; ECE {eceAfter}.',
  descBin: 'в интервале {bin} их {n}, точность {acc}, средняя уверенность {conf}',
  caption:
    'Столбик точности показывает, как часто предсказания из интервала уверенности оказывались верными; полоса разрыва тянется от него до средней уверенности, которую они заявляли. На пунктирной диагонали одно совпадает с другим. Деление логитов на подобранную температуру меняет уверенность, но не точность.',
  before: 'До: T = 1',
  after: 'После: T = {t}',
  ece: 'ECE {v}',
  n: 'n = {n}',
  xAxis: 'уверенность (наибольшая вероятность)',
  yAxis: 'точность',
  accuracyLegend: 'точность',
  gapLegend: 'разрыв',
  diagonal: 'идеальная калибровка',
  panel: 'Панель',
  bin: 'Интервал уверенности',
  count: 'Предсказаний',
  accuracy: 'Точность',
  confidence: 'Средняя уверенность',
  gap: 'Разрыв',
} satisfies ReliabilityDiagramLabels;

export const labels: Readonly<Record<Lang, ReliabilityDiagramLabels>> = { en, pt, ru };
