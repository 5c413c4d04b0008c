/**
 * What the reader did to the server-rendered controls before the island hydrated. Shared/Enable.astro
 * enables the controls as soon as JavaScript runs, so a reader may tick a box, pick a radio or
 * press a button before the island's code has arrived; hydration would then reset the boxes to the
 * rendered state and the press would do nothing. Text fields and sliders read their own value
 * (LogitsField, Slider); boxes use `checkedBefore` + `changedBefore`; all apply it with
 * `afterHydration`. Button presses are queued and replayed by Enable.astro's script once the
 * island is ready.
 */

/**
 * Runs `fn`, which applies what the reader did before hydration, once the island's first update
 * is over (call it from an `$effect`): by then the island is ready and has read its link
 * (shared/sync.svelte.ts), so the reader's change wins over the link's and is written to it like
 * any later change.
 */
export function afterHydration(fn: () => void): void {
  queueMicrotask(fn);
}

/**
 * The checked state of the boxes with these ids as they are now, read before hydration sets them;
 * undefined on the server (no document). A missing element reads as undefined.
 */
export function checkedBefore(ids: readonly string[]): (boolean | undefined)[] | undefined {
  if (typeof document === 'undefined') return undefined;
  return ids.map((id) => {
    const el = document.getElementById(id);
    return el instanceof HTMLInputElement ? el.checked : undefined;
  });
}

/**
 * The changes to apply, as [index, checked] pairs, for boxes whose state before hydration differs
 * from what the server rendered. Radios (`multiple` false) report only the newly chosen one.
 * @example changedBefore([true, false], [false, true], false) // [[1, true]]
 * @example changedBefore([true, false], [false, true], true) // [[0, false], [1, true]]
 */
export function changedBefore(
  rendered: readonly boolean[],
  before: readonly (boolean | undefined)[] | undefined,
  multiple: boolean,
): [number, boolean][] {
  if (!before) return [];
  const out: [number, boolean][] = [];
  rendered.forEach((was, i) => {
    const now = before[i];
    if (now === undefined || now === was) return;
    if (multiple || now) out.push([i, now]);
  });
  return out;
}
