/**
 * <TrainIt />'s props, checked at build time by index.astro, and the limits the island shares
 * with that check.
 */
import { z } from 'astro/zod';

export const limits = {
  learningRate: { min: 0.001, max: 10 },
  batchSizes: [1, 10, 50, 500] as const,
  /** Steps of the build-time run shown without JavaScript. */
  snapshotSteps: { min: 0, max: 2000 },
} as const;

/** The props schema (a function, so the island's bundle, which imports `limits`, leaves zod out). */
export const schema = () =>
  z.strictObject({
    /** Starting learning rate (default 0.1). */
    learningRate: z.number().min(limits.learningRate.min).max(limits.learningRate.max).default(0.1),
    /** Starting batch size, one of 1, 10, 50, 500 (default 50). */
    batchSize: z.union(limits.batchSizes.map((b) => z.literal(b))).default(50),
    /** Steps of the run made at build time for the first picture (default 100, one pass over the data). */
    snapshotSteps: z
      .number()
      .int()
      .min(limits.snapshotSteps.min)
      .max(limits.snapshotSteps.max)
      .default(100),
  });

export type Props = z.input<ReturnType<typeof schema>>;
