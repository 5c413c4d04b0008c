/**
 * <NextTokenSampler />'s props, checked at build time by index.astro, and the limits its field,
 * its sliders and its URL state (`?sampler=3.2,2.5,2.1;t:0.7;k:3;p:0.9;d:25`, state.ts) share with that check.
 * The words are labels: the default ones come from labels.ts (one example per language), and
 * the logits must give one value per word.
 */
import { z } from 'astro/zod';
import { DRAWS, LOGITS, MAX_VALUES, MIN_VALUES, TEMPERATURE } from '~/islands/shared/limits';
import { param, values, within } from '~/islands/shared/props';

/** Logits of the default example, one per default word (most likely first). */
export const EXAMPLE_NEXT_LOGITS: readonly number[] = [3.2, 2.5, 2.1, 1.4, 0.9, 0.3, -0.5, -1.2];

export const limits = {
  logits: LOGITS,
  temperature: TEMPERATURE,
  /** Candidate words: 2–10, each 1–20 characters (a word, not a sentence: it labels a bar). */
  tokens: { min: MIN_VALUES, max: MAX_VALUES, maxLength: 20 },
  /** The top-p slider's scale; a prop or a link may ask for any 0 < p ≤ 1 (the slider then says it is off its scale). */
  p: { min: 0.01, max: 1 },
  /** What a link may carry for p: any p with 0 < p ≤ 1. */
  pState: { min: Number.MIN_VALUE, max: 1 },
  /** How many tokens may be drawn in all (every count fits a link). */
  draws: DRAWS,
};

const tokenError = `needs ${limits.tokens.min}–${limits.tokens.max} words of 1–${limits.tokens.maxLength} characters`;
const intError = 'must be an integer';
const kError = 'must be an integer from 1 to the number of words';

/** The props schema (a function, so the island's bundle, which imports `limits`, leaves zod out). */
export const schema = () =>
  z
    .strictObject({
      /** The candidate next words (default: the example in labels.ts, e.g. "The cat sat on the …"). */
      tokens: z
        .array(
          z
            .string({ error: tokenError })
            .trim()
            .min(1, { error: tokenError })
            .max(limits.tokens.maxLength, { error: tokenError }),
          { error: tokenError },
        )
        .min(limits.tokens.min, { error: tokenError })
        .max(limits.tokens.max, { error: tokenError })
        .optional(),
      /** One logit per word (default 3.2, 2.5, 2.1, 1.4, 0.9, 0.3, −0.5, −1.2). */
      logits: values(limits.logits).optional(),
      /** Starting temperature, 0.05…20 (default 1). */
      temperature: within(limits.temperature).optional(),
      /** Top-k: keep the k most likely words, an integer from 1 to the number of words (default: all, no cut). */
      k: z.number({ error: kError }).int({ error: kError }).min(1, { error: kError }).optional(),
      /** Top-p (nucleus): keep the fewest words whose mass reaches p, 0 < p ≤ 1 (default 1, no cut). */
      p: z
        .number({ error: 'must be a number with 0 < p ≤ 1' })
        .gt(0, { error: 'must be a number with 0 < p ≤ 1' })
        .max(1, { error: 'must be a number with 0 < p ≤ 1' })
        .optional(),
      /** Seed of the sampler, an integer (default 1): the same seed replays the same draws. */
      seed: z.number({ error: intError }).int({ error: intError }).optional(),
      /** Query parameter holding the shareable state (default 'sampler'). */
      param: param().optional(),
    })
    .superRefine((props, ctx) => {
      const words = props.tokens?.length;
      const logits = props.logits?.length;
      const n = words ?? logits ?? EXAMPLE_NEXT_LOGITS.length;
      const defaults = EXAMPLE_NEXT_LOGITS.length;
      if (words !== undefined && logits === undefined && words !== defaults)
        ctx.addIssue({
          code: 'custom',
          path: ['tokens'],
          message: `has ${words} words: give \`logits\` too, one per word`,
        });
      if (words === undefined && logits !== undefined && logits !== defaults)
        ctx.addIssue({
          code: 'custom',
          path: ['logits'],
          message: `needs ${defaults} values, one per default word, or give \`tokens\` too`,
        });
      if (words !== undefined && logits !== undefined && words !== logits)
        ctx.addIssue({
          code: 'custom',
          path: ['logits'],
          message: `needs one value per word (${words} words)`,
        });
      if (props.k !== undefined && props.k > n)
        ctx.addIssue({
          code: 'custom',
          path: ['k'],
          message: `must be an integer from 1 to the number of words (${n})`,
        });
    });

export type Props = z.input<ReturnType<typeof schema>>;
