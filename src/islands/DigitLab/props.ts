/**
 * <DigitLab />'s props, checked at build time by index.astro, and the limits the island shares
 * with that check.
 */
import { z } from 'astro/zod';

export const limits = {
  /** Temperature slider range (log scale). */
  temperature: { min: 0.1, max: 10 },
  /** At most this many test digits in the row of buttons. */
  maxExamples: 12,
  /** Size of the shipped test set (src/lab/assets/test-2000.bin). */
  testDigits: 2000,
} as const;

/** The props schema (a function, so the island's bundle, which imports `limits`, leaves zod out). */
export const schema = () =>
  z
    .strictObject({
      /** Model shown first: softmax regression ('linear', default) or the 84-unit network ('hidden84'). */
      model: z.enum(['linear', 'hidden84']).default('linear'),
      /** Starting temperature (default 1). */
      temperature: z.number().min(limits.temperature.min).max(limits.temperature.max).default(1),
      /** Test-set positions of the digits offered as buttons (default: the first test digit of each class). */
      examples: z
        .array(
          z
            .number()
            .int()
            .min(0)
            .max(limits.testDigits - 1),
        )
        .min(1)
        .max(limits.maxExamples)
        .optional(),
      /** Which of those digits is shown first (0-based, default 0). */
      start: z.number().int().min(0).default(0),
    })
    .refine((p) => p.start < (p.examples?.length ?? 10), {
      message: 'must point into examples',
      path: ['start'],
    });

export type Props = z.input<ReturnType<typeof schema>>;
