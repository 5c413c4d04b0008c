/**
 * On a page opened from a search result (`?hl=word word#section`): highlights the matched
 * words with the CSS Custom Highlight API (no change to the DOM, so islands and math are left
 * alone), scrolls the first match of the target section into view, and removes `hl` from the
 * address so it is not shared or carried along by the switchers.
 */
export const HIGHLIGHT = 'search-match';

const SKIP = 'script, style, svg, .katex, astro-island, [data-search-ignore]';

export function highlightFromUrl(): void {
  const url = new URL(location.href);
  const hl = url.searchParams.get('hl');
  if (hl === null) return;
  url.searchParams.delete('hl');
  history.replaceState(history.state, '', url);

  const words = hl
    .slice(0, 300)
    .split(/\s+/)
    .filter((w) => w.length > 1)
    .slice(0, 8);
  const root = document.querySelector('[data-search-body]') ?? document.querySelector('main');
  if (words.length === 0 || !root) return;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (const m of (n.nodeValue ?? '').matchAll(re)) {
      const r = document.createRange();
      r.setStart(n, m.index);
      r.setEnd(n, m.index + m[0].length);
      ranges.push(r);
    }
  }
  if (ranges.length === 0) return;
  if ('highlights' in CSS) CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));

  // The first match after the target heading (the browser has already scrolled to it).
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const first =
    ranges.find(
      (r) =>
        !target ||
        target.compareDocumentPosition(r.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING,
    ) ?? ranges[0]!;
  first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
}
