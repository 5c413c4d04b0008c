/**
 * The key of a check-yourself question, written as a function of the numbers the reader uses.
 *
 * A reader answers from the numbers the page prints, rounded: 0.936, not 0.93597…. When the
 * answer combines several printed numbers, the rounding can move it by a unit of the last digit
 * (an ECE of 0.1635 from the exact confidences, 0.1641 from the printed ones). So a level's
 * module (content/lessons/_shared/<lesson>/<level>.ts) declares the key once as a function of
 * its inputs, each marked with the digits it is printed with; the key is evaluated once with the
 * exact values and once with the values as printed, and <Check> accepts both:
 *
 *   export const eceKey = checkKey(
 *     { conf: printed(rows.map((r) => r.conf), 3), ok: printed(rows.map((r) => r.ok), 0) },
 *     ({ conf, ok }) => ece(conf, ok),
 *   ).or({ gap: printed(gaps, 4) }, ({ gap }) => (2 * gap[0] + 6 * gap[1]) / 8);
 *
 *   <Check answer={eceKey} digits={3}>What is the ECE…?</Check>
 *
 * `.or(…)` adds another way to the same answer (here: from the bins table instead of the
 * predictions table). Every way must give the same exact answer; tests/content/checkKeys.test.ts
 * checks that, checks that each input really is printed on the page with those digits, and plays
 * a reader who types each answer rounded to the question's digits.
 */
import { formatNumber, formatPercent, parseNumberList } from '../../lib/numbers';

/** A number, or a (nested) list of numbers, as a level's module computes it. */
export type Value = number | readonly Value[];

/** A value as the page prints it: with `digits` fraction digits (of the percentage when `percent`). */
export interface Printed<V extends Value = Value> {
  readonly value: V;
  readonly digits: number;
  readonly percent: boolean;
}

/**
 * Marks an input of a key as printed on the page with `digits` fraction digits, as
 * `<Num value={x} digits={3} />` or `<NumList values={xs} digits={3} />` print it.
 *
 * @example printed(0.93597, 3).digits // 3
 */
export function printed<V extends Value>(
  value: V,
  digits: number,
  options: { percent?: boolean } = {},
): Printed<V> {
  return { value, digits, percent: options.percent ?? false };
}

/**
 * A number exactly as a reader reads it off the page: formatted as <Num> formats it, read back.
 *
 * @example asPrinted(0.93597, 3) // 0.936
 * @example asPrinted(0.7856, 1, true) // 0.786 (printed as 78.6%)
 */
export function asPrinted(x: number, digits: number, percent = false): number {
  const text = percent
    ? formatPercent(x, 'en', digits).replace('%', '')
    : formatNumber(x, 'en', digits);
  const read = parseNumberList(text, 'en', { maxValues: 1, maxAbs: Number.MAX_VALUE });
  const v = read.ok ? read.values[0] : undefined;
  if (v === undefined) throw new Error(`asPrinted: cannot read back "${text}"`);
  return percent ? v / 100 : v;
}

function mapDeep(v: Value, f: (x: number) => number): Value {
  return typeof v === 'number' ? f(v) : v.map((w) => mapDeep(w, f));
}

type Inputs = Readonly<Record<string, Printed>>;
type ValuesOf<I extends Inputs> = { readonly [K in keyof I]: I[K]['value'] };

/** One way to the answer: its inputs and what it gives with the exact and with the printed inputs. */
export interface KeyRoute {
  readonly given: Inputs;
  readonly exact: number;
  readonly fromPage: number;
}

/** What <Check answer={…}> accepts besides a plain number. Build it with {@link checkKey}. */
export class CheckKey {
  constructor(readonly routes: readonly KeyRoute[]) {}

  /** The answer computed from the exact values (along the first way). */
  get exact(): number {
    return (this.routes[0] as KeyRoute).exact;
  }

  /** Another way to the same answer from other printed numbers. */
  or<I extends Inputs>(given: I, key: (values: ValuesOf<I>) => number): CheckKey {
    return new CheckKey([...this.routes, route(given, key)]);
  }
}

function route<I extends Inputs>(given: I, key: (values: ValuesOf<I>) => number): KeyRoute {
  const exactValues = Object.fromEntries(Object.entries(given).map(([k, p]) => [k, p.value]));
  const printedValues = Object.fromEntries(
    Object.entries(given).map(([k, p]) => [
      k,
      mapDeep(p.value, (x) => asPrinted(x, p.digits, p.percent)),
    ]),
  );
  return {
    given,
    exact: key(exactValues as ValuesOf<I>),
    fromPage: key(printedValues as ValuesOf<I>),
  };
}

/**
 * Declares a question's key as a function of the printed numbers the reader uses.
 *
 * @example checkKey({ p: printed([0.2689, 0.7311], 3) }, ({ p }) => p[1] - p[0]).routes[0].fromPage // 0.462 (0.731 − 0.269)
 */
export function checkKey<I extends Inputs>(
  given: I,
  key: (values: ValuesOf<I>) => number,
): CheckKey {
  return new CheckKey([route(given, key)]);
}

/**
 * Every value <Check> accepts (each within the tolerance): the exact answer, then the answer from
 * the printed numbers along each way, without repeats.
 *
 * @example acceptedAnswers(0.25) // [0.25]
 */
export function acceptedAnswers(answer: number | CheckKey): number[] {
  if (typeof answer === 'number') return [answer];
  const all = [answer.exact, ...answer.routes.map((r) => r.fromPage)];
  return all.filter((x, i) => all.indexOf(x) === i);
}
