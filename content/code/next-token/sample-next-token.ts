// en: Decoding one token: temperature, then top-k, then top-p (nucleus), then a seeded draw.
// pt: Decodificar um token: temperatura, depois top-k, depois top-p (núcleo) e, por fim, um sorteio com semente.
// ru: Декодирование одного токена: температура, затем top-k, затем top-p (ядро) и выбор с зерном.
import { mulberry32, sampleCategorical, softmax, topK, topP } from '~/lib/math';

const z = [3.2, 2.5, 2.1, 1.4, 0.9, 0.3, -0.5, -1.2];
const [T, k, p] = [0.8, 5, 0.9];
const show = (xs: readonly number[]) => xs.map((v) => v.toFixed(4)).join(' ');

// en: Step 1: softmax of the logits divided by T.
// pt: Passo 1: softmax dos logitos divididos por T.
// ru: Шаг 1: softmax от логитов, делённых на T.
const probs = softmax(z, { temperature: T });
console.log('softmax(z/T) =', show(probs));

// en: Step 2: top-k keeps the k largest shares and renormalises them.
// pt: Passo 2: o top-k mantém as k maiores fatias e as renormaliza.
// ru: Шаг 2: top-k оставляет k наибольших долей и перенормирует их.
const pK = topK(probs, k);
console.log('top-k =', show(pK));

// en: Step 3: top-p keeps the shortest prefix of the ranking whose mass reaches p.
// pt: Passo 3: o top-p mantém o menor prefixo da lista ordenada cuja massa chega a p.
// ru: Шаг 3: top-p оставляет наименьшее число верхних токенов с суммарной массой не меньше p.
const pP = topP(pK, p);
console.log('top-p =', show(pP));

// en: Step 4: a seeded generator draws tokens; over many draws the frequencies approach pP.
// pt: Passo 4: um gerador com semente sorteia tokens; com muitos sorteios, as frequências se aproximam de pP.
// ru: Шаг 4: генератор с зерном выбирает токены; чем больше выборов, тем ближе частоты к pP.
const rng = mulberry32(42);
const counts = z.map(() => 0);
const n = 100_000;
for (let i = 0; i < n; i++) counts[sampleCategorical(pP, rng)] += 1;
console.log('frequencies =', counts.map((c) => (c / n).toFixed(2)).join(' '));
