/** Depth levels, in reading order. Slugs are the same in every language. */
export const levels = ['intuitive', 'mechanical', 'formal'] as const;
export type Level = (typeof levels)[number];

export const defaultLevel: Level = 'intuitive';

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (levels as readonly string[]).includes(value);
}

/** The next deeper level, or undefined at the deepest one. */
export function nextLevel(level: Level): Level | undefined {
  return levels[levels.indexOf(level) + 1];
}
