/**
 * The running example of "next-token" (lesson 11), shared by its three levels, its figure, its
 * widget and its code: a prompt and eight candidate next tokens in each language (words that fit
 * the prompt grammatically), with one logit per candidate, ranked from the likeliest.
 */
import type { Lang } from '~/i18n/locales';

/** The text the model has read so far; the next token completes it. */
export const prompt: Record<Lang, string> = {
  en: 'The cat sat on the …',
  pt: 'O gato sentou no …',
  ru: 'Кошка села на …',
};

/** Eight candidate next tokens per language, in the order of `logits` (each a whole word here). */
export const tokens: Record<Lang, string[]> = {
  en: ['mat', 'floor', 'sofa', 'bed', 'chair', 'roof', 'table', 'moon'],
  pt: ['tapete', 'chão', 'sofá', 'colchão', 'banco', 'telhado', 'muro', 'vulcão'],
  ru: ['ковёр', 'пол', 'диван', 'кровать', 'стул', 'крышу', 'стол', 'луну'],
};

/** One logit per candidate, as a language model's last layer would give them. */
export const logits = [3.2, 2.5, 2.1, 1.4, 0.9, 0.3, -0.5, -1.2];
