/**
 * Labels of <TrainIt>: en is the source, pt and ru `satisfies` its type; the wrapper passes
 * only the page language's group. `{name}` placeholders are filled by the island.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Train it yourself',
  intro:
    'Softmax regression learns here, in your browser, from 5,000 training digits. Every weight starts at zero; each step corrects them a little using one small batch of digits.',
  start: 'Start',
  pause: 'Pause',
  step: 'One step',
  reset: 'Reset',
  rate: 'Learning rate η',
  batch: 'Batch size (digits per step)',
  steps: 'Steps',
  epochs: 'Passes over the data',
  loss: 'Training loss',
  accuracy: 'Validation accuracy',
  lossPlot: 'Training loss (mean cross-entropy, nats) against steps',
  accuracyPlot: 'Accuracy on the 1,000 validation digits against steps',
  stepAxis: 'step',
  weights:
    'The ten weight vectors, each drawn as a 28 × 28 picture: blue where ink raises that digit’s score, orange where it lowers it',
  weightAlt: 'Weights of the digit {k}',
  digit: 'Digit {k}',
  gradient: 'The gradient at the logits for one training digit, a {label}: p − y',
  p: 'p (softmax)',
  g: 'p − y',
  snapshot:
    'Shown: a run of {steps} steps made when this page was built. Start, or take one step, to train from zero yourself.',
  loading: 'Loading the training digits…',
  failed: 'The training digits could not be loaded. Check the connection and reload the page.',
  summary: 'Step {step}: training loss {loss}, validation accuracy {accuracy}.',
};
export type TrainItLabels = typeof en;

const pt = {
  title: 'Treine você mesmo',
  intro:
    'Aqui a regressão softmax aprende no seu navegador, com 5.000 dígitos de treinamento. Todos os pesos começam em zero; a cada passo, eles são corrigidos um pouco com base num pequeno lote de dígitos.',
  start: 'Iniciar',
  pause: 'Pausar',
  step: 'Um passo',
  reset: 'Recomeçar',
  rate: 'Taxa de aprendizado η',
  batch: 'Tamanho do lote (dígitos por passo)',
  steps: 'Passos',
  epochs: 'Passagens pelos dados',
  loss: 'Perda de treinamento',
  accuracy: 'Acurácia na validação',
  lossPlot: 'Perda de treinamento (entropia cruzada média, em nats) ao longo dos passos',
  accuracyPlot: 'Acurácia nos 1.000 dígitos de validação ao longo dos passos',
  stepAxis: 'passo',
  weights:
    'Os dez vetores de pesos, cada um desenhado como uma imagem de 28 × 28: azul onde a tinta aumenta a pontuação daquele dígito, laranja onde a diminui',
  weightAlt: 'Pesos do dígito {k}',
  digit: 'Dígito {k}',
  gradient: 'O gradiente em relação aos logitos para um dígito de treinamento (um {label}): p − y',
  p: 'p (softmax)',
  g: 'p − y',
  snapshot:
    'Na tela: um treinamento de {steps} passos, feito quando esta página foi gerada. Clique em Iniciar ou dê um passo para treinar do zero você mesmo.',
  loading: 'Carregando os dígitos de treinamento…',
  failed:
    'Não foi possível carregar os dígitos de treinamento. Verifique a conexão e recarregue a página.',
  summary: 'Passo {step}: perda de treinamento {loss}, acurácia na validação {accuracy}.',
} satisfies TrainItLabels;

const ru = {
  title: 'Обучите сами',
  intro:
    'Здесь softmax-регрессия учится прямо в вашем браузере на 5000 обучающих цифрах. Все веса сначала равны нулю; каждый шаг немного поправляет их по небольшому пакету цифр.',
  start: 'Запустить',
  pause: 'Пауза',
  step: 'Один шаг',
  reset: 'Сбросить',
  rate: 'Скорость обучения η',
  batch: 'Размер пакета (цифр за шаг)',
  steps: 'Шаги',
  epochs: 'Проходы по данным',
  loss: 'Потери на обучении',
  accuracy: 'Точность на валидации',
  lossPlot: 'Потери на обучении (средняя перекрёстная энтропия в натах) в зависимости от шага',
  accuracyPlot: 'Точность на 1000 валидационных цифрах в зависимости от шага',
  stepAxis: 'шаг',
  weights:
    'Десять векторов весов, каждый нарисован картинкой 28 × 28: синим там, где чернила повышают оценку этой цифры, оранжевым\u00a0— где понижают',
  weightAlt: 'Веса цифры {k}',
  digit: 'Цифра {k}',
  gradient: 'Градиент по логитам для одной обучающей цифры ({label}): p − y',
  p: 'p (softmax)',
  g: 'p − y',
  snapshot:
    'Показан результат обучения, выполненного при сборке страницы (шагов: {steps}). Запустите обучение или сделайте один шаг, чтобы самостоятельно обучить модель с нуля.',
  loading: 'Загружаем обучающие цифры…',
  failed: 'Не удалось загрузить обучающие цифры. Проверьте соединение и обновите страницу.',
  summary: 'Шаг {step}: потери на обучении {loss}, точность на валидации {accuracy}.',
} satisfies TrainItLabels;

export const labels: Readonly<Record<Lang, TrainItLabels>> = { en, pt, ru };
