/**
 * The numbers each snippet of this lesson prints, in order, as the page computes them
 * (tests/code compares them with every framework's recorded output, to the printed precision).
 */
import { crossEntropy, crossEntropyGradient, softmax, softmaxJvp } from '~/lib/math';
import { g, loss, p, target, z } from '../../lessons/_shared/classifier-output/mechanical';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const transpose = (m: readonly (readonly number[])[]) => m[0].map((_, j) => m.map((row) => row[j]));

// A batch of two images: the page's logits and the same logits reversed (the hen wins).
const batch = [z, [...z].reverse()];
const right = batch.map((row) => softmax(row));
const wrong = transpose(transpose(batch).map((column) => softmax(column)));

export const expected = {
  'double-softmax': [
    loss,
    ...g,
    crossEntropy(p, target),
    ...softmaxJvp(p, crossEntropyGradient(p, target)),
  ],
  'softmax-dim': [...right.flat(), ...right.map(sum), ...wrong.flat(), ...wrong.map(sum)],
} satisfies Record<string, readonly number[]>;
