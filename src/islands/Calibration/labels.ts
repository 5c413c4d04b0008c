/**
 * Labels of <Calibration>: en is the source, pt and ru `satisfies` its type; the wrapper passes
 * only the page language's group. `{name}` placeholders are filled by the island.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  title: 'How far to trust it',
  intro:
    'Each of the 2,000 test digits goes into one of 15 bins by the model’s top probability. A bar shows how often the model was right in its bin; on the diagonal, confidence and accuracy agree.',
  model: 'Model',
  models: ['Softmax regression', 'With 84 hidden units'],
  temperature: 'Temperature T',
  useFitted: 'Use the fitted T',
  fitted: 'Temperature fitted on the 1,000 validation digits: T = {t}.',
  before: 'As trained (T = 1): ECE {ece}',
  after: 'At T = {t}: ECE {ece}',
  confidence: 'confidence',
  accuracy: 'accuracy',
  diagramAlt:
    'Reliability diagram at T = {t}: {n} of 15 bins hold digits; expected calibration error {ece}.',
  table: 'Bins at T = {t}',
  bin: 'Confidence bin',
  count: 'Digits',
  meanConfidence: 'Mean confidence',
  binAccuracy: 'Accuracy',
  ece: 'Expected calibration error (ECE), test digits',
  accuracyAll: 'Test accuracy: {acc} (the same at every T)',
  loading: 'Loading the model and the digits…',
  failed: 'The model or the digits could not be loaded. Check the connection and reload the page.',
  summary: 'At T = {t} the ECE is {ece}.',
};
export type CalibrationLabels = typeof en;

const pt = {
  title: 'Até onde confiar',
  intro:
    'Cada um dos 2.000 dígitos de teste vai para uma de 15 faixas, conforme a maior probabilidade do modelo. Cada barra mostra com que frequência o modelo acertou naquela faixa; sobre a diagonal, confiança e acurácia coincidem.',
  model: 'Modelo',
  models: ['Regressão softmax', 'Com 84 unidades ocultas'],
  temperature: 'Temperatura T',
  useFitted: 'Usar o T ajustado',
  fitted: 'Temperatura ajustada nos 1.000 dígitos de validação: T = {t}.',
  before: 'Sem ajuste (T = 1): ECE {ece}',
  after: 'Com T = {t}: ECE {ece}',
  confidence: 'confiança',
  accuracy: 'acurácia',
  diagramAlt:
    'Diagrama de confiabilidade com T = {t}: {n} das 15 faixas contêm dígitos; erro de calibração esperado: {ece}.',
  table: 'Faixas com T = {t}',
  bin: 'Faixa de confiança',
  count: 'Dígitos',
  meanConfidence: 'Confiança média',
  binAccuracy: 'Acurácia',
  ece: 'Erro de calibração esperado (ECE), dígitos de teste',
  accuracyAll: 'Acurácia no teste: {acc} (a mesma para qualquer T)',
  loading: 'Carregando o modelo e os dígitos…',
  failed:
    'Não foi possível carregar o modelo ou os dígitos. Verifique a conexão e recarregue a página.',
  summary: 'Com T = {t}, o ECE é {ece}.',
} satisfies CalibrationLabels;

const ru = {
  title: 'Насколько ей доверять',
  intro:
    'Каждая из 2000 тестовых цифр попадает в один из 15 интервалов по наибольшей вероятности модели. Каждый столбик показывает, как часто модель оказывалась права на цифрах этого интервала; на диагонали уверенность и точность совпадают.',
  model: 'Модель',
  models: ['Softmax-регрессия', 'С 84 скрытыми нейронами'],
  temperature: 'Температура T',
  useFitted: 'Взять подобранную T',
  fitted: 'Температура, подобранная на 1000 валидационных цифрах: T = {t}.',
  before: 'Без подстройки (T = 1): ECE {ece}',
  after: 'При T = {t}: ECE {ece}',
  confidence: 'уверенность',
  accuracy: 'точность',
  diagramAlt:
    'Диаграмма надёжности при T = {t}: цифры есть в {n} из 15 интервалов; ожидаемая ошибка калибровки {ece}.',
  table: 'Интервалы при T = {t}',
  bin: 'Интервал уверенности',
  count: 'Число цифр',
  meanConfidence: 'Средняя уверенность',
  binAccuracy: 'Точность',
  ece: 'Ожидаемая ошибка калибровки (ECE) на тестовых цифрах',
  accuracyAll: 'Точность на тесте: {acc} (одна и та же при любой T)',
  loading: 'Загружаем модель и цифры…',
  failed: 'Не удалось загрузить модель или цифры. Проверьте соединение и обновите страницу.',
  summary: 'При T = {t} ECE равна {ece}.',
} satisfies CalibrationLabels;

export const labels: Readonly<Record<Lang, CalibrationLabels>> = { en, pt, ru };
