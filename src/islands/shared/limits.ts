/**
 * The limits several widgets share, each written once. A widget's props.ts combines them into
 * its `limits`, which its wrapper (the zod schema), its URL state (stateLogits, stateNumber)
 * and its fields (LogitsField) all read. Plain numbers, no zod: islands import this in the browser.
 */

/** How many values a list takes (logits field, URL state, example props); `count` fixes it exactly. */
export interface ValueLimits {
  readonly min: number;
  readonly max: number;
  /** Largest magnitude of one value. */
  readonly maxAbs: number;
  readonly count?: number | undefined;
}

/** A closed range [min, max] for one number. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/** Largest magnitude of a logit in the widgets (e^1000 already overflows: the stable path matters, not bigger inputs). */
export const MAX_ABS = 1000;

/**
 * Largest magnitude SafeComputation accepts (its point is huge logits), and the bound of every
 * number read from a link (decodeState), so no widget can be handed more.
 */
export const MAX_ABS_LARGE = 1e6;

/** Fewest and most logits a widget takes. */
export const MIN_VALUES = 2;
export const MAX_VALUES = 10;

/** The usual logits list: 2–10 values within ±1000. */
export const LOGITS: ValueLimits = { min: MIN_VALUES, max: MAX_VALUES, maxAbs: MAX_ABS };

/** The temperature dials (TemperatureDial, SoftmaxPolicy): 0.05…20 on a log scale. */
export const TEMPERATURE: Range = { min: 0.05, max: 20 };

/**
 * How many draws a sampling widget keeps count of (SoftmaxPolicy, NextTokenSampler): at most a million in all, so
 * that every count fits a link (decodeState reads nothing larger than MAX_ABS_LARGE).
 */
export const DRAWS: Range = { min: 0, max: MAX_ABS_LARGE };

/** The logits of the default example of most widgets. */
export const EXAMPLE_LOGITS: readonly number[] = [2, -1, 0.5];
