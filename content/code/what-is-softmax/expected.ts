/**
 * The numbers each snippet of this lesson prints, in order, as the page computes them
 * (tests/code compares them with every framework's recorded output, to the printed precision).
 */
import { softmax } from '~/lib/math';
import * as formal from '../../lessons/_shared/what-is-softmax/formal';
import { p, raw, rawSum, s, total, z } from '../../lessons/_shared/what-is-softmax/mechanical';

export const expected = {
  steps: [...s.shifted, ...s.exps, s.sum, ...p],
  library: [...softmax(z), total, ...raw, rawSum, ...p],
  // Formal page: softmax is the gradient of log-sum-exp.
  'lse-gradient': [formal.lse, ...formal.p, ...formal.p],
} satisfies Record<string, readonly number[]>;
