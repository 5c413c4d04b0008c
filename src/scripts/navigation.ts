/**
 * Keeping the reader's place (lesson pages, glossary): the "On this page" list marks the
 * section in view, and the language and depth links (`a[data-keep-place]`) carry that section
 * (`#id`, the same in every language) and the widget state (the query string, which islands
 * update with history.replaceState) — refreshed when the section changes and right before a
 * link is used, so a state written a moment ago is never lost.
 */
export function startNavigation(): void {
  const keep = document.querySelectorAll<HTMLAnchorElement>('a[data-keep-place]');
  const toc = document.querySelectorAll<HTMLAnchorElement>('a[data-toc-link]');
  const headings = [...document.querySelectorAll<HTMLElement>('.heading > [id]')];
  let section = decodeURIComponent(location.hash.slice(1));

  const update = (): void => {
    const hash = section ? `#${encodeURIComponent(section)}` : '';
    for (const a of keep) {
      const url = new URL(a.href);
      url.search = location.search;
      url.hash = hash;
      a.href = url.href;
    }
    for (const a of toc) {
      if (hash && a.hash === hash) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };

  // The section in view: the last heading above a line a third of the way down the window
  // (or the last one once the page is scrolled to its end).
  const locate = (): void => {
    const line = innerHeight / 3;
    let found = '';
    for (const h of headings) if (h.getBoundingClientRect().top < line) found = h.id;
    const last = headings.at(-1);
    if (last && innerHeight + scrollY >= document.documentElement.scrollHeight - 2) found = last.id;
    if (found !== section) {
      section = found;
      update();
    }
  };
  // Measured on scroll (once per frame) rather than with an IntersectionObserver, which misses
  // jumps (a search result, Home/End, a TOC link) that carry a heading across in one step.
  if (headings.length > 0) {
    let queued = false;
    const schedule = (): void => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        locate();
      });
    };
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule, { passive: true });
    // (in the first frame too, not now: measuring now would force a layout inside this script)
    schedule();
  }

  addEventListener('hashchange', () => {
    section = decodeURIComponent(location.hash.slice(1));
    update();
  });
  const refresh = (e: Event): void => {
    if ((e.target as Element | null)?.closest?.('a[data-keep-place]')) update();
  };
  for (const type of ['pointerdown', 'focusin', 'click'])
    document.addEventListener(type, refresh, true);
  update();
}
