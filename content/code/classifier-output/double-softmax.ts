// en: This site's crossEntropy takes logits, like PyTorch's F.cross_entropy.
// pt: O crossEntropy deste site recebe logitos, como o F.cross_entropy do PyTorch.
// ru: crossEntropy этого сайта принимает логиты, как F.cross_entropy в PyTorch.
import { crossEntropy, crossEntropyGradient, softmax, softmaxJvp } from '~/lib/math';

// en: One image, three classes (cat, dog, hen); the correct class is the hen, index 2.
// pt: Uma imagem, três classes (gato, cachorro, galinha); a classe correta é a galinha, índice 2.
// ru: Одно изображение, три класса (кошка, собака, курица); верный класс — курица, индекс 2.
const z = [2, -1, 0.5];
const target = 2;

// en: Right: pass the logits. The gradient is p − y.
// pt: Certo: passe os logitos. O gradiente é p − y.
// ru: Правильно: передаём логиты. Градиент равен p − y.
console.log('loss =', crossEntropy(z, target));
console.log('grad =', crossEntropyGradient(z, target));

// en: Bug: softmax first, so the loss applies a second softmax to the probabilities.
// en: The chain rule passes the gradient back through the first softmax (softmaxJvp
// en: multiplies by its Jacobian), and it comes out much weaker.
// pt: Erro: softmax antes, e a perda aplica uma segunda softmax às probabilidades.
// pt: A regra da cadeia leva o gradiente de volta pela primeira softmax (o softmaxJvp
// pt: multiplica pela jacobiana dela), e ele sai bem mais fraco.
// ru: Ошибка: сначала softmax, и функция потерь применяет softmax к вероятностям ещё раз.
// ru: По цепному правилу градиент возвращается через первую softmax (softmaxJvp
// ru: умножает на её матрицу Якоби) и выходит намного слабее.
const p = softmax(z);
console.log('loss =', crossEntropy(p, target));
console.log('grad =', softmaxJvp(p, crossEntropyGradient(p, target)));
