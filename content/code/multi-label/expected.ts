/**
 * The numbers each snippet of this lesson prints, in order, as the page computes them
 * (tests/code compares them with every framework's recorded output, to the printed precision).
 * The pos_weight part uses the page's logits and labels with label counts written in the snippet.
 */
import { binaryCrossEntropy } from '~/lib/math';
import { bce, grad, loss, s, y, z } from '../../lessons/_shared/multi-label/mechanical';

/** Photos (of 100) that show each label in the snippet's training set. */
const positives = [40, 10, 30, 5];
const posWeight = positives.map((n) => (100 - n) / n);
const weighted = z.reduce(
  (a, v, i) => a + binaryCrossEntropy(v, y[i], { posWeight: posWeight[i] }),
  0,
);

export const expected = {
  'bce-with-logits': [...s, ...bce, loss, ...grad, ...posWeight, weighted],
} satisfies Record<string, readonly number[]>;
