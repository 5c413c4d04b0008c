/**
 * <TemperatureDial />'s props, checked at build time by index.astro, and the limits its field,
 * its slider and its URL state (`?temperature=2,-1,0.5;t:0.5`) share with that check.
 */
import { z } from 'astro/zod';
import { LOGITS, TEMPERATURE } from '~/islands/shared/limits';
import { param, values, within } from '~/islands/shared/props';

export const limits = { logits: LOGITS, temperature: TEMPERATURE };

/** The props schema (a function, so the island's bundle, which imports `limits`, leaves zod out). */
export const schema = () =>
  z.strictObject({
    /** Logits of the default example (default 2, −1, 0.5). */
    logits: values(limits.logits).optional(),
    /** Starting temperature, 0.05…20 (default 1). */
    temperature: within(limits.temperature).optional(),
    /** Query parameter holding the shareable state (default 'temperature'). */
    param: param().optional(),
  });

export type Props = z.input<ReturnType<typeof schema>>;
