/**
 * The numbers each snippet of this lesson prints, in order, as the page computes them
 * (tests/code compares them with every framework's recorded output, to the printed precision).
 * `blocks` prints m, ℓ and o / ℓ after each block, the online and the two-pass softmax, and the
 * online and two-pass weighted sums.
 */
import { out, p, pOnline, steps, weighted } from '../../lessons/_shared/online-softmax/mechanical';

export const expected = {
  blocks: [...steps.flatMap((s) => [s.m, s.l, s.o]), ...pOnline, ...p, out, weighted],
} satisfies Record<string, readonly number[]>;
