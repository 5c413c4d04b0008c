/**
 * The numbers each snippet of this lesson prints, in order, as the page computes them
 * (tests/code compares them with every framework's recorded output, to the printed precision).
 */
import { hMax, rows } from '../../lessons/_shared/temperature/mechanical';

export const expected = {
  'temperature-entropy': [...rows.flatMap((r) => [r.t, ...r.p, r.h]), hMax],
} satisfies Record<string, readonly number[]>;
