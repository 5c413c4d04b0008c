/**
 * <SoftmaxPolicy />'s props, checked at build time by index.astro, and the limits its field,
 * its slider and its URL state (`?policy=2,-1,0.5;t:1;c:52,3,45`, state.ts) share with that check.
 */
import { z } from 'astro/zod';
import { DRAWS, LOGITS, TEMPERATURE } from '~/islands/shared/limits';
import { param, values, within } from '~/islands/shared/props';

export const limits = {
  logits: LOGITS,
  temperature: TEMPERATURE,
  /** The counts of the draws: whole numbers, at most `draws.max` in all. */
  draws: DRAWS,
};

/** The props schema (a function, so the island's bundle, which imports `limits`, leaves zod out). */
export const schema = () =>
  z.strictObject({
    /** Action preferences of the default example (default 2, −1, 0.5). */
    logits: values(limits.logits).optional(),
    /** Starting temperature, 0.05…20 (default 1). */
    temperature: within(limits.temperature).optional(),
    /** Seed of the sampler (default 1). */
    seed: z.number({ error: 'must be a finite number' }).optional(),
    /** Query parameter holding the shareable state (default 'policy'). */
    param: param().optional(),
  });

export type Props = z.input<ReturnType<typeof schema>>;
