/**
 * Framework tabs and copy buttons of <CodeTabs> (src/components/content/CodeTabs.astro).
 * The tabs already work without this script (radio buttons + CSS); it adds:
 * - memory: the chosen framework is stored and applied to every tab group on this page, on
 *   pages opened later, and in other open tabs of the site;
 * - copy buttons (hidden until this script runs), announced through a polite status region.
 * Storage may be unavailable (private mode): then the choice lasts for the page only.
 */
const KEY = 'softmax:framework';
const RADIOS = '[data-code-tabs] input[type=radio]';

function stored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Checks `framework` in every group that has it; the group `keep` stays where it is on screen. */
function choose(framework: string, keep?: Element): void {
  const top = keep?.getBoundingClientRect().top;
  for (const radio of document.querySelectorAll<HTMLInputElement>(RADIOS)) {
    if (radio.value === framework) radio.checked = true;
  }
  // Groups above may have changed height: scroll so the one being used does not jump.
  if (keep && top !== undefined) window.scrollBy(0, keep.getBoundingClientRect().top - top);
}

const saved = stored();
if (saved) choose(saved);

document.addEventListener('change', (event) => {
  const radio = event.target;
  if (!(radio instanceof HTMLInputElement) || !radio.matches(RADIOS)) return;
  choose(radio.value, radio.closest('[data-code-tabs]') ?? undefined);
  try {
    localStorage.setItem(KEY, radio.value);
  } catch {
    /* not remembered */
  }
});

window.addEventListener('storage', (event) => {
  if (event.key === KEY && event.newValue) choose(event.newValue);
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-code-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const pre = button.parentElement?.querySelector('pre');
    const status = button.closest('[data-code-tabs]')?.querySelector('[data-code-status]');
    if (!pre) return;
    try {
      await navigator.clipboard.writeText(pre.textContent ?? '');
    } catch {
      // No Clipboard API (e.g. plain http): select the code so the reader can copy it.
      getSelection()?.selectAllChildren(pre);
      return;
    }
    const label = button.textContent;
    button.textContent = button.dataset.copied ?? '';
    if (status) status.textContent = button.dataset.copied ?? '';
    setTimeout(() => {
      button.textContent = label;
      if (status) status.textContent = '';
    }, 2000);
  });
}
