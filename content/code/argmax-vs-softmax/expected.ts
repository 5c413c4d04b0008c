/**
 * The numbers each snippet of this lesson prints, in order, as the page computes them
 * (tests/code compares them with every framework's recorded output, to the printed precision).
 */
import { J, k, p } from '../../lessons/_shared/argmax-vs-softmax/mechanical';

export const expected = {
  'argmax-gradient': [k, ...p, ...J[2]],
} satisfies Record<string, readonly number[]>;
