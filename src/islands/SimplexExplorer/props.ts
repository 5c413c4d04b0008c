/**
 * <SimplexExplorer />'s props, checked at build time by index.astro, and the limits its field,
 * its slider and its URL state (`?simplex=2,-1,0.5;t:2`) share with that check.
 */
import { z } from 'astro/zod';
import { MAX_ABS, TEMPERATURE } from '~/islands/shared/limits';
import { param, values, within } from '~/islands/shared/props';

/** Exactly three logits (a triangle has three corners), within ±1000 like every widget. */
export const limits = {
  logits: { min: 3, max: 3, maxAbs: MAX_ABS, count: 3 },
  temperature: TEMPERATURE,
};

/** The props schema (a function, so the island's bundle, which imports `limits`, leaves zod out). */
export const schema = () =>
  z.strictObject({
    /** The three logits of the starting point (default 2, −1, 0.5). */
    logits: values(limits.logits).optional(),
    /** Temperature of the marked point on the path softmax(z / T), 0.05…20 (default 2). */
    temperature: within(limits.temperature).optional(),
    /** Query parameter holding the shareable state (default 'simplex'). */
    param: param().optional(),
  });

export type Props = z.input<ReturnType<typeof schema>>;
