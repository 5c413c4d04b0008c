import type { FloatFormatName } from './floatFormat';
import { roundToPrecision } from './roundToPrecision';

/**
 * Rounds a float64 value to the nearest value of the named format (ties to
 * even, subnormals, overflow to ±Infinity): the identity for 'float64',
 * Math.fround for 'float32', {@link roundToFloat16} for 'float16' and
 * {@link roundToBfloat16} for 'bfloat16'. One entry point for widgets with a
 * precision switch. Throws a RangeError for an unknown format name.
 *
 * @example
 * roundToFormat(0.1, 'float64'); // 0.1
 * roundToFormat(0.1, 'float32'); // 0.10000000149011612
 * roundToFormat(0.1, 'float16'); // 0.0999755859375
 * roundToFormat(0.1, 'bfloat16'); // 0.10009765625
 * roundToFormat(0.1, 'float8'); // throws RangeError
 */
export function roundToFormat(x: number, format: FloatFormatName): number {
  switch (format) {
    case 'float64':
      return x;
    case 'float32':
      return Math.fround(x);
    case 'float16':
      return roundToPrecision(x, 11, 15);
    case 'bfloat16':
      return roundToPrecision(x, 8, 127);
    default:
      throw new RangeError(`unknown floating-point format ${String(format)}`);
  }
}
