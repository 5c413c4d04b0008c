/**
 * Zod pieces for the widgets' props schemas (src/islands/<Name>/props.ts) and the build-time
 * check that reads them: a bad example in a lesson fails the build with a message naming the
 * widget, the prop and the page, instead of shipping a widget that shows nothing useful.
 *
 * Everything here is a function: props.ts files export plain `limits` that islands import in
 * the browser, and unused functions are dropped from that bundle, zod with them.
 */
import { z } from 'astro/zod';
import { EXAMPLE_LOGITS, type Range, type ValueLimits } from './limits';

/**
 * A list of finite numbers within `limits` (e.g. the logits of an example).
 * @example values(LOGITS).parse([2, -1, 0.5]) // [2, -1, 0.5]
 */
export function values({ min, max, maxAbs }: ValueLimits) {
  const error = `needs ${min === max ? `exactly ${min}` : `${min}–${max}`} finite numbers within ±${maxAbs}`;
  const value = z.number({ error }).min(-maxAbs, { error }).max(maxAbs, { error });
  return z.array(value, { error }).min(min, { error }).max(max, { error });
}

/**
 * One number in a closed range (e.g. a starting temperature).
 * @example within(TEMPERATURE).parse(0.5) // 0.5
 */
export function within({ min, max }: Range) {
  const error = `must be within ${min}…${max}`;
  return z.number({ error }).min(min, { error }).max(max, { error });
}

/** A class index, 0-based; `indexBelowCount` checks it against the number of logits. */
export function classIndex() {
  const error = 'must be an integer in [0, number of logits)';
  return z.number({ error }).int({ error }).min(0, { error });
}

/** Flags, one per logit (`sameCountAsLogits` checks the count). */
export function flags() {
  return z.array(z.boolean({ error: 'needs one true/false flag per logit' }), {
    error: 'needs one true/false flag per logit',
  });
}

/** The name of the query parameter holding the widget's shareable state. */
export function param() {
  return z
    .string({ error: 'must be a query parameter name' })
    .min(1, { error: 'must be a query parameter name' });
}

type WithLogits = { readonly logits?: readonly number[] | undefined };

/**
 * Object-level check: `props[key]`, when given, is a valid index of the logits (the example's,
 * or the widget's default 2, −1, 0.5).
 */
export function indexBelowCount<K extends string>(key: K) {
  return (props: WithLogits & { readonly [P in K]?: number | undefined }, ctx: z.RefinementCtx) => {
    const n = (props.logits ?? EXAMPLE_LOGITS).length;
    const i = props[key];
    if (i !== undefined && i >= n)
      ctx.addIssue({ code: 'custom', path: [key], message: `must be an integer in [0, ${n})` });
  };
}

/** Object-level check: `props[key]`, when given, has one entry per logit. */
export function sameCountAsLogits<K extends string>(key: K) {
  return (
    props: WithLogits & { readonly [P in K]?: readonly unknown[] | undefined },
    ctx: z.RefinementCtx,
  ) => {
    const n = (props.logits ?? EXAMPLE_LOGITS).length;
    const list = props[key];
    if (list !== undefined && list.length !== n)
      ctx.addIssue({ code: 'custom', path: [key], message: `needs one flag per logit (${n})` });
  };
}

/**
 * Parses a widget's props with its schema, or throws one readable line per bad prop:
 * `<LogitPlayground logits={…}> on /en/what-is-softmax/intuitive/ needs 2–10 finite numbers within ±1000, got [1]`.
 * @example parseProps('LogitPlayground', schema(), { logits: [2, -1] }, '/en/x/') // { logits: [2, -1] }
 */
export function parseProps<S extends z.ZodObject>(
  name: string,
  schema: S,
  props: unknown,
  page: string,
): z.output<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const given = (props ?? {}) as Record<string, unknown>;
  const lines = new Map<string, string>();
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        lines.set(
          key,
          `<${name} ${key}={…}> on ${page}: ${name} has no prop "${key}" (it takes ${Object.keys(schema.shape).join(', ')})`,
        );
      }
      continue;
    }
    const key = String(issue.path[0] ?? '');
    if (!lines.has(key))
      lines.set(
        key,
        `<${name} ${key}={…}> on ${page} ${issue.message}, got ${JSON.stringify(given[key])}`,
      );
  }
  throw new Error([...lines.values()].join('\n'));
}
