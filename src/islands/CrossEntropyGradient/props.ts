/**
 * <CrossEntropyGradient />'s props, checked at build time by index.astro, and the limits its
 * field and its URL state (`?xent=2,-1,0.5;k:1`, k 1-based) share with that check.
 */
import { z } from 'astro/zod';
import { LOGITS } from '~/islands/shared/limits';
import { classIndex, indexBelowCount, param, values } from '~/islands/shared/props';

export const limits = { logits: LOGITS };

/** The props schema (a function, so the island's bundle, which imports `limits`, leaves zod out). */
export const schema = () =>
  z
    .strictObject({
      /** Logits of the default example (default 2, −1, 0.5). */
      logits: values(limits.logits).optional(),
      /** The true class (0-based, default 0). */
      target: classIndex().optional(),
      /** Query parameter holding the shareable state (default 'xent'). */
      param: param().optional(),
    })
    .superRefine(indexBelowCount('target'));

export type Props = z.input<ReturnType<typeof schema>>;
