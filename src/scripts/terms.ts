/**
 * Glossary previews (<Term>, components/content/Term.astro): CSS shows them on hover and
 * focus; this adds what CSS cannot: on a touch screen the first tap on a term opens its
 * preview instead of leaving the lesson (a second tap follows the link), a tap elsewhere
 * closes it, Escape hides a preview, and a preview near the window's edge is moved inside it.
 */
const WRAP = '[data-term-wrap]';

function place(wrap: Element | null | undefined): void {
  const tip = wrap?.querySelector<HTMLElement>('.term-tip');
  if (!tip) return;
  tip.style.removeProperty('--term-shift');
  const r = tip.getBoundingClientRect();
  const over = r.right - (document.documentElement.clientWidth - 8);
  if (r.width > 0 && over > 0)
    tip.style.setProperty('--term-shift', `${-Math.min(over, Math.max(0, r.left - 8))}px`);
}

export function startTerms(): void {
  if (!document.querySelector(WRAP)) return;
  // The term a finger (or pen) went down on: the click that follows may land elsewhere once
  // the preview has appeared under the finger.
  let touched: Element | null = null;
  let closed: Element | null = null;
  const open = (except?: Element): void => {
    for (const w of document.querySelectorAll(`${WRAP}[data-open]`))
      if (w !== except) w.removeAttribute('data-open');
  };
  document.addEventListener(
    'pointerdown',
    (e) =>
      (touched =
        e.pointerType === 'mouse'
          ? null
          : ((e.target as Element).closest?.(`${WRAP} a.term`) ?? null)),
    true,
  );
  document.addEventListener('click', (e) => {
    const wrap = touched?.closest(WRAP);
    touched = null;
    if (wrap && !wrap.hasAttribute('data-open')) {
      e.preventDefault();
      open(wrap);
      wrap.setAttribute('data-open', '');
      place(wrap);
    } else if (!(e.target as Element).closest?.(WRAP)) open();
  });
  const enter = (e: Event): void => {
    const wrap = (e.target as Element).closest?.(WRAP);
    if (closed && wrap !== closed) {
      closed.removeAttribute('data-closed');
      closed = null;
    }
    if (wrap && wrap !== closed) place(wrap);
  };
  document.addEventListener('mouseover', enter);
  document.addEventListener('focusin', enter);
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    const wrap =
      document.activeElement?.closest(WRAP) ??
      document.querySelector(`${WRAP}:hover, ${WRAP}[data-open]`);
    if (wrap) {
      wrap.setAttribute('data-closed', '');
      wrap.removeAttribute('data-open');
      closed = wrap;
    }
  });
}
