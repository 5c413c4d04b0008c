/**
 * The numbers each snippet of this lesson prints, in order, as the page computes them
 * (tests/code compares them with every framework's recorded output, to the printed precision).
 * `masking` prints what happens to a fully masked row of the page's first score row in float16.
 */
import { floatFormat, roundToFloat16, softmax } from '~/lib/math';
import { A, Am, O } from '../../lessons/_shared/attention/mechanical';

const f16min = -floatFormat('float16').maxFinite;
const nanRow = softmax([-Infinity, -Infinity, -Infinity]);
const uniform = softmax([f16min, f16min, f16min]).map(roundToFloat16);

export const expected = {
  'scaled-dot-product': [...A.flat(), ...O.flat(), ...Am.flat()],
  masking: [...nanRow, roundToFloat16(-1e9), f16min, ...uniform, 0, 0, 0],
} satisfies Record<string, readonly number[]>;
