/**
 * What a reader's browser shows of the build-time figures on the open page (src/figures): each
 * figure's name and the problems found — no <svg role="img">, an empty accessible name or
 * description, a figure drawn too small, SVG text outside the figure's box (SVG overflow is
 * visible), no <figcaption>, a figure wider than the page — and the page's widths.
 */
import type { Page } from 'playwright-core';

export interface FigureReport {
  figures: { name: string; problems: string[] }[];
  scrollWidth: number;
  width: number;
}

export function figureReport(page: Page): Promise<FigureReport> {
  return page.evaluate(() => {
    const out: { name: string; problems: string[] }[] = [];
    const text = (ids: string | null) =>
      (ids ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    const width = document.documentElement.clientWidth;
    for (const fig of document.querySelectorAll<HTMLElement>('figure[data-figure]')) {
      const problems: string[] = [];
      // A figure inside a folded solution is not drawn until the reader opens it.
      const folded = fig.closest('details:not([open])') !== null;
      const svg = fig.querySelector('svg');
      if (!svg) problems.push('no <svg>');
      else {
        if (svg.getAttribute('role') !== 'img') problems.push('svg without role="img"');
        if (!text(svg.getAttribute('aria-labelledby'))) problems.push('empty accessible name');
        if (!text(svg.getAttribute('aria-describedby'))) problems.push('empty description');
        const box = svg.getBoundingClientRect();
        if (!folded && (box.width < 100 || box.height < 50))
          problems.push(`svg drawn ${Math.round(box.width)} × ${Math.round(box.height)}`);
        // SVG overflow is visible: a label outside the viewBox would spill past the page.
        const left = fig.getBoundingClientRect().left - 1;
        const right = Math.min(width, fig.getBoundingClientRect().right) + 1;
        for (const t of svg.querySelectorAll('text')) {
          const r = t.getBoundingClientRect();
          if (r.width > 0 && (r.left < left || r.right > right))
            problems.push(
              `text “${t.textContent?.slice(0, 30)}” spans ${Math.round(r.left)}…${Math.round(r.right)} px`,
            );
        }
      }
      const caption = fig.querySelector(':scope > figcaption');
      if (!caption?.textContent?.trim()) problems.push('no figcaption');
      if (fig.getBoundingClientRect().right > width + 1)
        problems.push(`figure ends at ${Math.round(fig.getBoundingClientRect().right)} px`);
      out.push({ name: fig.dataset.figure ?? '?', problems });
    }
    return { figures: out, scrollWidth: document.documentElement.scrollWidth, width };
  });
}
