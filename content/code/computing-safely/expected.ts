/**
 * The numbers each snippet of this lesson prints, in order, as the page computes them
 * (tests/code compares them with every framework's recorded output, to the printed precision).
 */
import { softmax } from '~/lib/math';
import {
  big,
  ce0,
  ceFar,
  lnMax,
  lnMax32,
  lnNormal,
  lnTiny,
  logP,
  lse,
  steps,
} from '../../lessons/_shared/computing-safely/mechanical';

const nan3 = [NaN, NaN, NaN];

export const expected = {
  'stable-softmax': [
    ...big.map(() => Infinity),
    ...nan3,
    steps.max,
    ...steps.shifted,
    ...steps.exps,
    steps.sum,
    ...steps.probabilities,
    ...softmax(big),
  ],
  'log-softmax': [lse, ...logP, ce0, lse, ...logP, ce0, Infinity, ceFar],
  float32: [
    lnMax,
    lnNormal,
    lnTiny,
    lnMax32,
    Math.log(2 ** -126),
    Math.log(2 ** -150),
    Math.exp(89),
    Infinity,
    ...nan3,
    ...softmax([89, 90, 91]),
  ],
} satisfies Record<string, readonly number[]>;
