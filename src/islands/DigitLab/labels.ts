/**
 * Labels of <DigitLab> in every language: en is the source, pt and ru `satisfies` its type.
 * The wrapper passes only the page language's group to the island. `{name}` placeholders are
 * filled by the island.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  title: 'Draw a digit',
  hint: 'Draw one digit from 0 to 9 in the box with a mouse, a finger or a pen, or pick one of the test digits below.',
  canvas: 'Drawing area for one digit. Keyboard users: pick a test digit below instead.',
  clear: 'Clear',
  examples: 'Test digits the model never saw while training',
  example: 'Test digit {n}: a handwritten {label}',
  model: 'Model',
  models: ['Softmax regression (784 → 10)', 'With 84 hidden units (784 → 84 → 10)'],
  seen: 'What the model sees: 28 × 28 pixels, centred, black and white',
  seenAlt: 'The drawing as the model receives it',
  nothing: 'Nothing drawn yet.',
  temperature: 'Temperature T',
  digit: 'Digit',
  logit: 'Logit z',
  probability: 'Probability at T = {t}',
  table: 'The ten outputs of the model',
  top: 'largest',
  prediction: 'The model says {k}, with probability {p}.',
  hidden: 'The 84 hidden activations, each between −1 and 1',
  hiddenAlt: '84 hidden activations: {pos} above {hi}, {neg} below {lo}, the others in between.',
  loading: 'Loading the model…',
  failed: 'The model could not be loaded. Check the connection and reload the page.',
  summary: 'Prediction {k}, probability {p}.',
};
export type DigitLabLabels = typeof en;

const pt = {
  title: 'Desenhe um dígito',
  hint: 'Desenhe um dígito de 0 a 9 no quadro com o mouse, o dedo ou uma caneta, ou escolha um dos dígitos de teste abaixo.',
  canvas:
    'Área de desenho para um dígito. Quem usa o teclado pode escolher um dígito de teste abaixo.',
  clear: 'Limpar',
  examples: 'Dígitos de teste que o modelo nunca viu no treinamento',
  example: 'Dígito de teste {n}: um {label} escrito à mão',
  model: 'Modelo',
  models: ['Regressão softmax (784 → 10)', 'Com 84 unidades ocultas (784 → 84 → 10)'],
  seen: 'O que o modelo vê: 28 × 28 pixels, com o desenho centralizado, em preto e branco',
  seenAlt: 'O desenho como o modelo o recebe',
  nothing: 'Nada desenhado ainda.',
  temperature: 'Temperatura T',
  digit: 'Dígito',
  logit: 'Logito z',
  probability: 'Probabilidade com T = {t}',
  table: 'As dez saídas do modelo',
  top: 'maior',
  prediction: 'O modelo diz {k}, com probabilidade {p}.',
  hidden: 'As 84 ativações ocultas, cada uma entre −1 e 1',
  hiddenAlt:
    '84 ativações ocultas: {pos} acima de {hi}, {neg} abaixo de {lo}, as demais entre esses valores.',
  loading: 'Carregando o modelo…',
  failed: 'Não foi possível carregar o modelo. Verifique a conexão e recarregue a página.',
  summary: 'Previsão: {k}, com probabilidade {p}.',
} satisfies DigitLabLabels;

const ru = {
  title: 'Нарисуйте цифру',
  hint: 'Нарисуйте в поле одну цифру от 0 до 9 мышью, пальцем или стилусом\u00a0— или выберите одну из тестовых цифр ниже.',
  canvas: 'Поле для рисования одной цифры. С клавиатуры можно выбрать тестовую цифру ниже.',
  clear: 'Стереть',
  examples: 'Тестовые цифры, которых модель не видела при обучении',
  example: 'Тестовый пример {n}: рукописная цифра {label}',
  model: 'Модель',
  models: ['Softmax-регрессия (784 → 10)', 'С 84 скрытыми нейронами (784 → 84 → 10)'],
  seen: 'Что видит модель: отцентрированная чёрно-белая картинка 28 × 28 пикселей',
  seenAlt: 'Рисунок в том виде, в каком его получает модель',
  nothing: 'Пока ничего не нарисовано.',
  temperature: 'Температура T',
  digit: 'Цифра',
  logit: 'Логит z',
  probability: 'Вероятность при T = {t}',
  table: 'Десять выходов модели',
  top: 'наибольшая вероятность',
  prediction: 'Модель считает, что это {k}, с вероятностью {p}.',
  hidden: '84 скрытые активации, каждая от −1 до 1',
  hiddenAlt: '84 скрытые активации: {pos} больше {hi}, {neg} меньше {lo}, остальные между ними.',
  loading: 'Загружаем модель…',
  failed: 'Не удалось загрузить модель. Проверьте соединение и обновите страницу.',
  summary: 'Ответ {k}, вероятность {p}.',
} satisfies DigitLabLabels;

export const labels: Readonly<Record<Lang, DigitLabLabels>> = { en, pt, ru };
