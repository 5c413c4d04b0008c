/**
 * <StepByStep />'s props, checked at build time by index.astro, and the limits its field and
 * its URL state (`?steps=2,-1,0.5;s:3`, state.ts) share with that check.
 */
import { z } from 'astro/zod';
import { LOGITS } from '~/islands/shared/limits';
import { param, values } from '~/islands/shared/props';

export const limits = {
  logits: LOGITS,
  /** The current step, 1-based as the widget says it ("Step 3 of 5"): max, shift, exp, sum, divide. */
  step: { min: 1, max: 5 },
};

const stepError = `must be a whole number from ${limits.step.min} to ${limits.step.max}`;

/** The props schema (a function, so the island's bundle, which imports `limits`, leaves zod out). */
export const schema = () =>
  z.strictObject({
    /** Logits of the default example (default 2, −1, 0.5). */
    logits: values(limits.logits).optional(),
    /** The step highlighted at first, 1–5 (default 1). */
    step: z
      .number({ error: stepError })
      .int({ error: stepError })
      .min(limits.step.min, { error: stepError })
      .max(limits.step.max, { error: stepError })
      .optional(),
    /** Query parameter holding the shareable state (default 'steps'). */
    param: param().optional(),
  });

export type Props = z.input<ReturnType<typeof schema>>;
