/**
 * <OnlineSoftmaxStepper />'s props, checked at build time by index.astro, and the limits its
 * fields, its block-size slider and its URL state (`?online=1,3,2,5,4,0;b:2;s:1;v:…`) share with
 * that check: 2–16 scores within ±1000, as many values when the widget tracks the weighted sum,
 * and a whole block size from 1 to the number of scores.
 */
import { z } from 'astro/zod';
import { MAX_ABS, MIN_VALUES, type ValueLimits } from '~/islands/shared/limits';
import { param, values } from '~/islands/shared/props';

/** The scores of the default example: the maximum moves twice (3, then 5) when read in blocks of 2. */
export const DEFAULT_SCORES: readonly number[] = [1, 3, 2, 5, 4, 0];

/** The default block size. */
export const DEFAULT_BLOCK = 2;

const scores: ValueLimits = { min: MIN_VALUES, max: 16, maxAbs: MAX_ABS };

export const limits = {
  /** The scores field and the bare part of the URL state. */
  scores,
  /** The values field: one value per score (`count` is set to the number of scores). */
  values: scores,
  /** Block size: a whole number from 1 to the number of scores. */
  block: { min: 1, max: scores.max },
};

/** The limits of the values field when there are `n` scores: exactly n values. */
export const valueLimits = (n: number): ValueLimits => ({
  min: n,
  max: n,
  count: n,
  maxAbs: limits.values.maxAbs,
});

const blockError = `must be a whole number from ${limits.block.min} to the number of scores`;

/** The props schema (a function, so the island's bundle, which imports `limits`, leaves zod out). */
export const schema = () =>
  z
    .strictObject({
      /** Scores (logits) of the example, 2–16 values (default 1, 3, 2, 5, 4, 0). */
      scores: values(limits.scores).optional(),
      /** One value per score: when given, the widget also tracks the softmax-weighted sum o. */
      values: values(limits.values).optional(),
      /** Scores per block, 1 to the number of scores (default 2). */
      block: z
        .number({ error: blockError })
        .int({ error: blockError })
        .min(limits.block.min, { error: blockError })
        .optional(),
      /** Query parameter holding the shareable state (default 'online'). */
      param: param().optional(),
    })
    .superRefine((props, ctx) => {
      const n = (props.scores ?? DEFAULT_SCORES).length;
      if (props.values !== undefined && props.values.length !== n)
        ctx.addIssue({
          code: 'custom',
          path: ['values'],
          message: `needs one value per score (${n})`,
        });
      if (props.block !== undefined && props.block > n)
        ctx.addIssue({
          code: 'custom',
          path: ['block'],
          message: `must be a whole number from ${limits.block.min} to ${n} (the number of scores)`,
        });
    });

export type Props = z.input<ReturnType<typeof schema>>;
