// en: Temperature scaling: find the T that minimises the average negative log-likelihood
// en: (NLL) on held-out validation data, never on the training set.
// pt: Ajuste de temperatura: encontre o T que minimiza a log-verossimilhança negativa
// pt: média (NLL) em dados de validação separados, nunca nos dados de treinamento.
// ru: Температурное масштабирование: ищем T, минимизирующую среднее отрицательное
// ru: логарифмическое правдоподобие (NLL) на отложенной выборке, а не на обучающей.
import { crossEntropy, softmax } from '~/lib/math';

// en: The eight predictions of the page: logits and correct classes.
// pt: As oito previsões da página: logitos e classes corretas.
// ru: Восемь предсказаний со страницы: логиты и верные классы.
const logits = [
  [4, 1, 0],
  [3.5, 0, 1],
  [0, 4, 1],
  [2.5, 0.5, 0],
  [0, 1, 3],
  [1, 3.2, 0],
  [1.2, 0.6, 0.2],
  [0.3, 1, 0.5],
];
const labels = [0, 0, 1, 1, 2, 0, 0, 2];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const nll = (T: number) =>
  mean(logits.map((z, i) => crossEntropy(z, labels[i], { temperature: T })));
const meanConfidence = (T: number) =>
  mean(logits.map((z) => Math.max(...softmax(z, { temperature: T }))));

// en: The NLL is convex in 1/T, with one minimum: a golden-section search finds it.
// pt: A NLL é convexa em 1/T, com um único mínimo: uma busca pela seção áurea o encontra.
// ru: NLL выпукло по 1/T и имеет единственный минимум: его находит метод золотого сечения.
let [lo, hi] = [0.05, 10];
const r = (Math.sqrt(5) - 1) / 2;
while (hi - lo > 1e-9) {
  const a = hi - r * (hi - lo);
  const b = lo + r * (hi - lo);
  if (nll(a) < nll(b)) hi = b;
  else lo = a;
}
const T = (lo + hi) / 2;
console.log(`NLL before: ${nll(1).toFixed(3)}`);
console.log(`T = ${T.toFixed(2)}`);
console.log(`NLL after: ${nll(T).toFixed(3)}`);

// en: Dividing by T > 0 keeps every argmax: accuracy stays, confidence drops.
// pt: Dividir por T > 0 mantém todos os argmax: a acurácia não muda, a confiança cai.
// ru: Деление на T > 0 не меняет argmax: точность та же, уверенность падает.
console.log(`mean confidence before: ${meanConfidence(1).toFixed(3)}`);
console.log(`mean confidence after: ${meanConfidence(T).toFixed(3)}`);
