/**
 * The numbers each snippet of this lesson prints, in order, as the page computes them
 * (tests/code compares them with every framework's recorded output, to the printed precision).
 * The sampled frequencies are printed with two decimals: each generator draws its own
 * sequence, and at that precision 100 000 draws show π.
 */
import { h, pi } from '../../lessons/_shared/reinforcement-learning/mechanical';

export const expected = {
  'sample-actions': [...h, ...pi, ...pi],
} satisfies Record<string, readonly number[]>;
