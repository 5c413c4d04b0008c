/**
 * <SafeComputation />'s props, checked at build time by index.astro, and the limits its field
 * and its URL state (`?safe=1000,1001,1002;p:24`) share with that check: logits up to ±10⁶, since
 * the widget is about what huge logits do to the naive formula. The format is written in the URL
 * as its precision p, the number of significand bits (53, 24, 11, 8: float64, float32, float16,
 * bfloat16), the one number that names each format uniquely and stays a number list.
 */
import { z } from 'astro/zod';
import { LOGITS, MAX_ABS_LARGE } from '~/islands/shared/limits';
import { param, values } from '~/islands/shared/props';
import { FORMATS } from './naiveVersusStable';

export const limits = { logits: { ...LOGITS, maxAbs: MAX_ABS_LARGE } };

/** The props schema (a function, so the island's bundle, which imports `limits`, leaves zod out). */
export const schema = () =>
  z.strictObject({
    /** Logits of the default example (default 1000, 1001, 1002). */
    logits: values(limits.logits).optional(),
    /** The floating-point format the widget starts in (default float64). */
    format: z.enum(FORMATS, { error: `must be one of ${FORMATS.join(', ')}` }).optional(),
    /** Query parameter holding the shareable state (default 'safe'). */
    param: param().optional(),
  });

export type Props = z.input<ReturnType<typeof schema>>;
