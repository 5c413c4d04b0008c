/**
 * <Calibration />'s props, checked at build time by index.astro, and the limits the island
 * shares with that check.
 */
import { z } from 'astro/zod';

export const limits = {
  /** Temperature slider range (log scale). */
  temperature: { min: 0.1, max: 10 },
} as const;

/** The props schema (a function, so the island's bundle, which imports `limits`, leaves zod out). */
export const schema = () =>
  z.strictObject({
    /** Model shown first: softmax regression ('linear', default) or the 84-unit network ('hidden84'). */
    model: z.enum(['linear', 'hidden84']).default('linear'),
  });

export type Props = z.input<ReturnType<typeof schema>>;

/** One reliability bin as the island draws it (an empty bin has count 0 and zeros). */
export interface CalibrationBin {
  count: number;
  confidence: number;
  accuracy: number;
}

/** What the wrapper computes at build time for the first model (the no-JavaScript view). */
export interface CalibrationState {
  /** Temperature fitted on the validation digits. */
  fitted: number;
  accuracy: number;
  eceBefore: number;
  binsBefore: CalibrationBin[];
  eceAfter: number;
  binsAfter: CalibrationBin[];
}
