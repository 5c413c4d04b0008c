/**
 * The numbers each snippet of this lesson prints, in order, as the page computes them
 * (tests/code compares them with every framework's recorded output, to the printed precision).
 * `jacobian` is on the mechanical page, `jacobian-autograd` on the formal one.
 */
import * as formal from '../../lessons/_shared/derivative/formal';
import { Jflat, actual, g, predicted } from '../../lessons/_shared/derivative/mechanical';

export const expected = {
  jacobian: [...Jflat, ...predicted, ...actual, ...g],
  'jacobian-autograd': [...formal.Jflat, formal.sumSquares, formal.trace, ...formal.g],
} satisfies Record<string, readonly number[]>;
