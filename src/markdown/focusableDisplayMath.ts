/**
 * A wide display equation scrolls inside its own box (see styles/global.css) instead of
 * widening the page on a phone. A scrollable box must be reachable by keyboard
 * (axe: scrollable-region-focusable), so each `.katex-display` gets tabindex="0" here, which
 * serves readers without JavaScript; src/scripts/site.ts then removes it from the equations
 * that fit their column (and re-checks on resize), so only scrolling ones are Tab stops.
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function hasClass(node: HastNode, name: string): boolean {
  const cls = node.properties?.className;
  return Array.isArray(cls)
    ? cls.includes(name)
    : typeof cls === 'string' && cls.split(' ').includes(name);
}

export function makeDisplayMathFocusable(tree: HastNode): void {
  if (tree.type === 'element' && hasClass(tree, 'katex-display')) {
    tree.properties = { ...tree.properties, tabIndex: 0 };
  }
  for (const child of tree.children ?? []) makeDisplayMathFocusable(child);
}

export function focusableDisplayMath() {
  return (tree: HastNode): void => makeDisplayMathFocusable(tree);
}
