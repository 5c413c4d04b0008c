/**
 * The numbers each snippet of this lesson prints, in order, as the mechanical page computes them
 * with the library (tests/code compares them with every framework's recorded output).
 */
import {
  toyGradB,
  toyGradW,
  toyLossAfter,
  toyLossBefore,
} from '../../lessons/_shared/softmax-regression/mechanical';

export const expected = {
  'minibatch-step': [toyLossBefore, ...toyGradB, ...toyGradW.flat(), toyLossAfter],
} satisfies Record<string, readonly number[]>;
