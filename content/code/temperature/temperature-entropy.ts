// en: Softmax with a temperature is softmax(z / T); the entropy H(p) shows how spread out p is.
// pt: A softmax com temperatura é softmax(z / T); a entropia H(p) mostra o quanto p se espalha.
// ru: Softmax с температурой — это softmax(z / T); энтропия H(p) показывает, насколько размазано p.
import { entropy, softmax } from '~/lib/math';

const z = [2, -1, 0.5];

// en: This site's softmax takes the temperature as an option, and refuses T ≤ 0.
// pt: A softmax deste site recebe a temperatura como opção e recusa T ≤ 0.
// ru: softmax этого сайта принимает температуру как параметр и не допускает T ≤ 0.
for (const T of [0.1, 0.5, 1, 2, 10]) {
  const p = softmax(z, { temperature: T });
  console.log(`T = ${String(T).padEnd(4)} p = [${p.join(', ')}]  H = ${entropy(p).toFixed(4)}`);
}

// en: The largest possible entropy for three classes.
// pt: A maior entropia possível para três classes.
// ru: Наибольшая возможная энтропия для трёх классов.
console.log(`max entropy = ${Math.log(3).toFixed(4)}`);
