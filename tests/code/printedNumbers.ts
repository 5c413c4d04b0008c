/**
 * Reading the numbers back out of what a snippet printed, so they can be compared with the
 * numbers the page shows. NumPy, PyTorch, JAX and Node print differently
 * (`[0.78559703 0.0391]`, `tensor([0.7856])`, `[ 0.7855970345892759 ]`, `inf`, `Infinity`,
 * `nan`, `NaN`, `4.4896e+38`); each printed token is compared to the precision it was printed
 * with.
 */

/** A number as printed: its value and the half unit of its last printed digit. */
export interface PrintedNumber {
  text: string;
  value: number;
  /** Half a unit in the last printed place (0 for inf/nan). */
  halfUnit: number;
}

// A number not glued to a word (float64, Backward0, x1) or to another number.
const TOKEN = /(?<![\w.])-?(?:(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|inf(?:inity)?|nan)(?![\w.])/gi;

/**
 * Every number in `text`, in order.
 * @example printedNumbers('p = tensor([0.7856, -1.])').map((n) => n.value) // [0.7856, -1]
 */
export function printedNumbers(text: string): PrintedNumber[] {
  return [...text.matchAll(TOKEN)].map(([token]) => {
    const lower = token.toLowerCase();
    const sign = lower.startsWith('-') ? -1 : 1;
    const bare = lower.replace(/^-/, '');
    if (bare.startsWith('inf')) return { text: token, value: sign * Infinity, halfUnit: 0 };
    if (bare === 'nan') return { text: token, value: NaN, halfUnit: 0 };
    const [mantissa = '', exponent = '0'] = bare.split('e');
    const decimals = mantissa.includes('.') ? mantissa.length - mantissa.indexOf('.') - 1 : 0;
    return {
      text: token,
      value: Number(lower),
      halfUnit: 0.5 * 10 ** (Number(exponent) - decimals),
    };
  });
}

/** Relative slack for float32 arithmetic (a few units in the last place, 2^-23 ≈ 1.2e-7). */
export const FLOAT32_SLACK = 1e-6;

/**
 * Whether a printed number shows `expected`: equal within half a unit of its last printed digit
 * plus float32 rounding; NaN matches NaN and infinities match by sign.
 */
export function showsNumber(printed: PrintedNumber, expected: number): boolean {
  if (Number.isNaN(expected) || Number.isNaN(printed.value))
    return Number.isNaN(expected) && Number.isNaN(printed.value);
  if (!Number.isFinite(expected) || !Number.isFinite(printed.value))
    return printed.value === expected;
  return (
    Math.abs(printed.value - expected) <=
    printed.halfUnit + FLOAT32_SLACK * Math.abs(expected) + 1e-300
  );
}

/** Readable lines for every printed number that does not show the expected one (empty when all match). */
export function numberProblems(output: string, expected: readonly number[]): string[] {
  const printed = printedNumbers(output);
  const problems: string[] = [];
  if (printed.length !== expected.length) {
    problems.push(
      `printed ${printed.length} numbers, the page has ${expected.length}: [${printed.map((n) => n.text).join(', ')}]`,
    );
  }
  printed.slice(0, expected.length).forEach((n, i) => {
    const want = expected[i] as number;
    if (!showsNumber(n, want))
      problems.push(`number ${i + 1}: printed ${n.text}, the page computes ${want}`);
  });
  return problems;
}
