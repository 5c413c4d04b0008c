/**
 * The numbers each snippet of this lesson prints, in order, as the page computes them
 * (tests/code compares them with every framework's recorded output, to the printed precision).
 * The snippets minimise the NLL over a continuous T; the page searches a grid of step 0.01, and
 * both agree to the digits printed.
 */
import { after, before, bestT } from '../../lessons/_shared/trusting-probabilities/mechanical';

export const expected = {
  'temperature-scaling': [before.nll, bestT, after.nll, before.meanConf, after.meanConf],
} satisfies Record<string, readonly number[]>;
