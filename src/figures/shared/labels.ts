/**
 * Strings shared by every figure's frame. Each figure keeps its own strings in
 * src/figures/<Name>/labels.ts with the same en / pt / ru pattern.
 */
import type { Lang } from '../../i18n/locales';

const en = {
  /** Summary of the <details> that holds the figure's numbers as a table. */
  data: 'The numbers behind this figure',
};

/** The shape every language must fill (keys of `en`, string values). */
export type FrameLabels = typeof en;

const pt = {
  data: 'Os números por trás desta figura',
} satisfies FrameLabels;

const ru = {
  data: 'Числа, по которым построен рисунок',
} satisfies FrameLabels;

export const frameLabels: Readonly<Record<Lang, FrameLabels>> = { en, pt, ru };
