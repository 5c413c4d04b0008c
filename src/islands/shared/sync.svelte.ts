/**
 * Wires an island to its query parameter: on mount, applies the state found in the URL
 * (or flags a tampered one), then writes every later change back, debounced.
 * Call during component initialisation.
 */
import { untrack } from 'svelte';
import { decodeState, readParam, writeParam, type UrlState } from './urlState';

export interface Sync {
  /** True once mounted in the browser (after hydration). */
  readonly ready: boolean;
  /** True when the URL held state this island rejected. */
  readonly badLink: boolean;
}

/**
 * @param param   the query parameter's name
 * @param apply   applies a decoded state; returns false when it does not fit the island
 * @param encode  the current state as a string (reactive: read the state inside)
 */
export function syncWithUrl(
  param: string,
  apply: (state: UrlState) => boolean,
  encode: () => string,
): Sync {
  const s = $state({ ready: false, badLink: false });
  $effect(() => {
    untrack(() => {
      const raw = readParam(param);
      if (raw !== null) {
        const state = decodeState(raw);
        let ok: boolean;
        try {
          ok = state !== undefined && apply(state);
        } catch {
          ok = false;
        }
        s.badLink = !ok;
      }
      s.ready = true;
    });
  });
  let first = true;
  $effect(() => {
    const value = encode();
    if (!s.ready) return;
    if (first) {
      first = false;
      return;
    }
    writeParam(param, value);
  });
  return s;
}
