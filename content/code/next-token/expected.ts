/**
 * The numbers each snippet of this lesson prints, in order, as the page computes them
 * (tests/code compares them with every framework's recorded output, to the printed precision).
 * The sampled frequencies are printed with two decimals: each generator draws its own
 * sequence, and at that precision 100 000 draws show the truncated distribution.
 */
import { pT, pipeAfterK, pipeAfterP } from '../../lessons/_shared/next-token/mechanical';

export const expected = {
  'sample-next-token': [...pT, ...pipeAfterK, ...pipeAfterP, ...pipeAfterP],
} satisfies Record<string, readonly number[]>;
