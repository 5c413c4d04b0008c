/**
 * <AttentionWeights />'s props, checked at build time by index.astro, and the limits its row
 * fields and its URL state (`?attention=r1:…;r2:…;r3:…;s:1;m:0`) share with that check: a
 * square score matrix of 2 × 2 to 5 × 5 values within ±1000.
 */
import { z } from 'astro/zod';
import { MAX_ABS } from '~/islands/shared/limits';
import { param, values } from '~/islands/shared/props';

export const limits = {
  /** Rows (= columns) of the score matrix. */
  rows: { min: 2, max: 5 },
  maxAbs: MAX_ABS,
  /** The key dimension d of the 1/√d scale. */
  d: { min: 1, max: 4096 },
};

/** The limits of one row's field when the matrix has `n` rows: exactly n values. */
export const rowLimits = (n: number) => ({ min: n, max: n, count: n, maxAbs: limits.maxAbs });

const squareError = `needs a square matrix of ${limits.rows.min} to ${limits.rows.max} rows`;
const dError = `must be an integer from ${limits.d.min} to ${limits.d.max}`;

/** The props schema (a function, so the island's bundle, which imports `limits`, leaves zod out). */
export const schema = () =>
  z
    .strictObject({
      /** Square score matrix, 2 × 2 to 5 × 5 (default 3 × 3). */
      scores: z
        .array(values({ min: limits.rows.min, max: limits.rows.max, maxAbs: limits.maxAbs }), {
          error: squareError,
        })
        .min(limits.rows.min, { error: squareError })
        .max(limits.rows.max, { error: squareError })
        .optional(),
      /** Key dimension d for the 1/√d scale (default 4). */
      d: z
        .number({ error: dError })
        .int({ error: dError })
        .min(limits.d.min, { error: dError })
        .max(limits.d.max, { error: dError })
        .optional(),
      /** Start with the 1/√d scale on (default true). */
      scaled: z.boolean({ error: 'must be true or false' }).optional(),
      /** Start with the causal mask on (default false). */
      causal: z.boolean({ error: 'must be true or false' }).optional(),
      /** Query parameter holding the shareable state (default 'attention'). */
      param: param().optional(),
    })
    .superRefine((props, ctx) => {
      const n = props.scores?.length ?? 0;
      if (props.scores?.some((row) => row.length !== n))
        ctx.addIssue({
          code: 'custom',
          path: ['scores'],
          message: `${squareError} (every row needs ${n} values)`,
        });
    });

export type Props = z.input<ReturnType<typeof schema>>;
