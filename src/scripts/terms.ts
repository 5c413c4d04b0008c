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
  if (r.width > 0 && over > 0) tip.style.setProperty('--term-shift', `${-Math.min(over, Math.max(0, r.left - 8))}px`);
}

export function startTerms(): void {
  if (!document.querySelector(WRAP)) return;
  let touch = false;
  let closed: Element | null = null;
  const open = (except?: Element): void => {
    for (const w of document.querySelectorAll(`${WRAP}[data-open]`)) if (w !== except) w.removeAttribute('data-open');
  };
  document.addEventListener('pointerdown', (e) => (touch = e.pointerType !== 'mouse'), true);
  document.addEventListener('click', (e) => {
    const target = e.target as Element;
    const wrap = target.closest?.(WRAP);
    if (touch && wrap && target.closest('a.term') && !wrap.hasAttribute('data-open')) {
      e.preventDefault();
      open(wrap);
      wrap.setAttribute('data-open', '');
      place(wrap);
    } else if (!wrap) open();
  });
  const enter = (e: Event): void => {
    const wrap = (e.target as Element).closest?.(WRAP);
    if (wrap !== closed) closed?.removeAttribute('data-closed');
    if (wrap && wrap !== closed) place(wrap);
    if (wrap !== closed) closed = null;
  };
  document.addEventListener('mouseover', enter);
  document.addEventListener('focusin', enter);
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    const wrap = document.activeElement?.closest(WRAP) ?? document.querySelector(`${WRAP}:hover, ${WRAP}[data-open]`);
    if (wrap) {
      wrap.setAttribute('data-closed', '');
      wrap.removeAttribute('data-open');
      closed = wrap;
    }
  });
}
