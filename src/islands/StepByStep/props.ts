/**
 * <StepByStep />'s props, checked at build time by index.astro, and the limits its field and
 * its URL state (`?steps=2,-1,0.5`) share with that check.
 */
import { z } from 'astro/zod';
import { LOGITS } from '~/islands/shared/limits';
import { param, values } from '~/islands/shared/props';

export const limits = { logits: LOGITS };

/** The props schema (a function, so the island's bundle, which imports `limits`, leaves zod out). */
export const schema = () =>
  z.strictObject({
    /** Logits of the default example (default 2, −1, 0.5). */
    logits: values(limits.logits).optional(),
    /** Query parameter holding the shareable state (default 'steps'). */
    param: param().optional(),
  });

export type Props = z.input<ReturnType<typeof schema>>;
