/**
 * Build-time figures available in every lesson's MDX without an import (spread into
 * mdxComponents in src/components/content/index.ts): every `src/figures/<Name>/<Name>.astro`,
 * found by its folder. A new figure needs no line here.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

const modules = import.meta.glob<{ default: AstroComponentFactory }>('./*/*.astro', {
  eager: true,
});

/** `<Name>` → the component of `src/figures/<Name>/<Name>.astro`. */
export const figureComponents: Record<string, AstroComponentFactory> = Object.fromEntries(
  Object.entries(modules)
    .map(
      ([path, module]) => [/^\.\/([A-Z]\w*)\/\1\.astro$/.exec(path)?.[1], module.default] as const,
    )
    .filter((entry): entry is readonly [string, AstroComponentFactory] => entry[0] !== undefined),
);

/** The names of the figures, for tests and docs. */
export const figureNames = Object.keys(figureComponents).sort();
