/**
 * Shareable island state in the page URL: one query parameter per island, e.g.
 * `?playground=2,-1,0.5` or `?dial=2,-1,0.5;t:0.5`. Values are written with a point and
 * commas whatever the page language, read back with parseNumberList('en'), and anything
 * else (letters, markup, huge numbers, too many values) makes the whole state invalid, so
 * the island keeps its default and says so. Nothing read here is ever rendered as HTML.
 */
import { parseNumberList } from '../../lib/numbers';
import { MAX_ABS_LARGE, type Range, type ValueLimits } from './limits';

/** Parsed state: the bare part under '' and every `key:list` part under its key. */
export type UrlState = ReadonlyMap<string, number[]>;

const MAX_LENGTH = 400;
const KEY = /^[a-z]\w{0,7}$/;

/**
 * Encodes state as `list;key:list;…` (the bare part first).
 * @example encodeState({ '': [2, -1, 0.5], t: [0.5] }) // '2,-1,0.5;t:0.5'
 */
export function encodeState(parts: Readonly<Record<string, readonly number[]>>): string {
  return Object.entries(parts)
    .map(([key, list]) => {
      const body = list.map((x) => String(Number(x.toPrecision(6)))).join(',');
      return key === '' ? body : `${key}:${body}`;
    })
    .join(';');
}

/**
 * Decodes `encodeState` output; undefined for anything malformed or out of range.
 * @example decodeState('2,-1;t:0.5')?.get('t') // [0.5]
 * @example decodeState('<script>') // undefined
 */
export function decodeState(
  text: string,
  maxAbs = MAX_ABS_LARGE,
  maxValues = 36,
): UrlState | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const state = new Map<string, number[]>();
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    const key = colon < 0 ? '' : part.slice(0, colon);
    if (key !== '' && !KEY.test(key)) return undefined;
    if (state.has(key)) return undefined;
    const parsed = parseNumberList(part.slice(colon + 1), 'en', { maxAbs, maxValues });
    if (!parsed.ok) return undefined;
    state.set(key, parsed.values);
  }
  return state;
}

/**
 * The logits stored in a state's bare part, or undefined when they are missing, fewer than
 * `limits.min` or more than `limits.max`, or larger than `limits.maxAbs` in magnitude.
 * @example stateLogits(decodeState('2,-1')!, { min: 2, max: 10, maxAbs: 100 }) // [2, -1]
 */
export function stateLogits(s: UrlState, { min, max, maxAbs }: ValueLimits): number[] | undefined {
  const v = s.get('');
  if (!v || v.length < min || v.length > max || v.some((x) => Math.abs(x) > maxAbs))
    return undefined;
  return v;
}

/**
 * One number stored under `key` (e.g. a temperature): the number, null when the key is absent,
 * undefined when it is not a single number within `range`.
 * @example stateNumber(decodeState('2,-1;t:0.5')!, 't', { min: 0.05, max: 20 }) // 0.5
 */
export function stateNumber(
  s: UrlState,
  key: string,
  { min, max }: Range,
): number | null | undefined {
  const v = s.get(key);
  if (!v) return null;
  const [first] = v;
  if (v.length !== 1 || first === undefined || !(first >= min && first <= max)) return undefined;
  return first;
}

/**
 * A class chosen in the state under `key`, written 1-based in the URL: the 0-based index,
 * null when the key is absent, undefined when it is not a whole number from 1 to `length`.
 * @example stateIndex(decodeState('2,-1;k:2')!, 'k', 2) // 1
 */
export function stateIndex(s: UrlState, key: string, length: number): number | null | undefined {
  const k = s.get(key);
  if (!k) return null;
  const [first] = k;
  if (
    k.length !== 1 ||
    first === undefined ||
    !Number.isInteger(first) ||
    first < 1 ||
    first > length
  )
    return undefined;
  return first - 1;
}

/** The raw value of a query parameter of the current page, or null. */
export function readParam(name: string): string | null {
  try {
    return new URLSearchParams(window.location.search).get(name);
  } catch {
    return null;
  }
}

const pending = new Map<string, string>();
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Queues a parameter write; writes are batched and applied with history.replaceState
 * after `delay` ms of quiet, so dragging a slider does not flood the history API.
 */
export function writeParam(name: string, value: string, delay = 250): void {
  pending.set(name, value);
  clearTimeout(timer);
  timer = setTimeout(flush, delay);
}

function flush(): void {
  try {
    const url = new URL(window.location.href);
    for (const [name, value] of pending) url.searchParams.set(name, value);
    pending.clear();
    // Keep the list characters readable in the address bar (they are safe in a query).
    const search = url.search.replace(/%2C/gi, ',').replace(/%3B/gi, ';').replace(/%3A/gi, ':');
    history.replaceState(history.state, '', `${url.pathname}${search}${url.hash}`);
  } catch {
    // A sandboxed frame may refuse replaceState: the island still works, unshared.
  }
}
