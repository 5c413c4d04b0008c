/**
 * A lesson's body cut into sections: each `##` heading and what follows it, up to the next
 * `##`, goes into a `<section class="lesson-section">` (what comes before the first one stays
 * as it is). layout.css gives those sections `content-visibility: auto`, so the browser lays out
 * only the ones near the screen: a formal page has about 8,000 elements, 280 of its formulas,
 * and laying them all out at once was the page's longest task on a phone. A section without a
 * name is no landmark, so the page's outline for assistive technology is unchanged.
 *
 * Only lesson files (content/lessons/…) and only the top level: headings inside components
 * (an exercise's own) are left where they are. MDX's import/export statements stay at the top
 * level, where MDX needs them.
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Wraps each run that starts at a top-level `h2` into a section; returns the number made. */
export function wrapSections(tree: HastNode): number {
  const kept: HastNode[] = [];
  let current: HastNode | undefined;
  let made = 0;
  for (const node of tree.children ?? []) {
    if (node.type === 'element' && node.tagName === 'h2') {
      current = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['lesson-section'] },
        children: [],
      };
      kept.push(current);
      made++;
    }
    if (current && node.type !== 'mdxjsEsm') current.children!.push(node);
    else kept.push(node);
  }
  tree.children = kept;
  return made;
}

export function lessonSections() {
  return (tree: HastNode, file: { path?: string }): void => {
    if (/[\\/]content[\\/]lessons[\\/]/u.test(file.path ?? '')) wrapSections(tree);
  };
}
