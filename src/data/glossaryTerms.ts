/**
 * Glossary term ids. `<Term id="…">` in a lesson must use one of these, and the glossary
 * (content/glossary/<lang>.mdx) must define an anchor for each, in every language.
 */
export const glossaryTerms = [
  'softmax',
  'logit',
  'probability-distribution',
  'simplex',
  'argmax',
  'one-hot',
  'temperature',
  'entropy',
  'jacobian',
  'gradient',
  'cross-entropy',
  'log-sum-exp',
  'calibration',
  'sigmoid',
  'policy',
  'attention',
  'softmax-regression',
  // Lesson 11, next-token sampling (issue 15)
  'greedy-decoding',
  'top-k',
  'top-p',
  'gumbel-max',
  // Lesson 12, online softmax (issue 15)
  'online-softmax',
  'flash-attention',
] as const;
export type GlossaryTerm = (typeof glossaryTerms)[number];

export function isGlossaryTerm(value: unknown): value is GlossaryTerm {
  return typeof value === 'string' && (glossaryTerms as readonly string[]).includes(value);
}
