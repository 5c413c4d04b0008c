/**
 * The reader's answers to the standalone check-yourself questions, kept on their device only:
 * localStorage "softmax:checks" = { "<lang>/<lesson>/<level>": { "<n>": { value, verdict, answer } } }
 * where n is the question's position on the page (1, 2, …; the same in every language, since
 * the three languages have the same components in the same order), value what the reader
 * typed, verdict the judgement, and answer the question's accepted answers (its data-answer),
 * so that an answer saved for a question that has since changed is not restored.
 * Whatever storage holds is read defensively: garbage reads as nothing saved. Pure, so it is
 * unit tested; checkElement.ts does the reading and writing.
 */

export const CHECKS_KEY = 'softmax:checks';

/** Longest answer kept (a number never needs more; anything longer is not saved). */
export const MAX_SAVED_LENGTH = 100;

export type SavedVerdict = 'correct' | 'incorrect';

export interface SavedCheck {
  value: string;
  verdict: SavedVerdict;
  answer: string;
}

export type CheckStore = Readonly<Record<string, Readonly<Record<string, SavedCheck>>>>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function savedCheck(v: unknown): SavedCheck | undefined {
  if (!isRecord(v)) return undefined;
  const { value, verdict, answer } = v;
  if (typeof value !== 'string' || value.length > MAX_SAVED_LENGTH) return undefined;
  if (verdict !== 'correct' && verdict !== 'incorrect') return undefined;
  if (typeof answer !== 'string') return undefined;
  return { value, verdict, answer };
}

/**
 * The saved answers from the raw storage value; anything that is not the expected shape
 * (not JSON, an array, a wrong type, an unknown verdict) is dropped, entry by entry.
 *
 * @example parseCheckStore('{"en/a/formal":{"1":{"value":"0.5","verdict":"correct","answer":"0.5"}}}')['en/a/formal']?.['1']?.verdict // 'correct'
 * @example parseCheckStore('not json') // {}
 */
export function parseCheckStore(raw: string | null | undefined): CheckStore {
  if (!raw) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!isRecord(data)) return {};
  const pages: [string, Record<string, SavedCheck>][] = [];
  for (const [page, checks] of Object.entries(data)) {
    if (!isRecord(checks)) continue;
    const kept: [string, SavedCheck][] = [];
    for (const [id, v] of Object.entries(checks)) {
      const saved = savedCheck(v);
      if (saved) kept.push([id, saved]);
    }
    if (kept.length > 0) pages.push([page, Object.fromEntries(kept)]);
  }
  return Object.fromEntries(pages);
}

/**
 * The saved answer of question `id` on `page`, if it was saved for the same accepted answers.
 *
 * @example restoredCheck({ p: { '1': { value: '1', verdict: 'correct', answer: '1' } } }, 'p', '1', '2') // undefined
 */
export function restoredCheck(
  store: CheckStore,
  page: string,
  id: string,
  answer: string,
): SavedCheck | undefined {
  const saved = Object.hasOwn(store, page) ? store[page]?.[id] : undefined;
  return saved && Object.hasOwn(store[page] ?? {}, id) && saved.answer === answer
    ? saved
    : undefined;
}

/**
 * The store with question `id` on `page` answered; unchanged when the value is too long to keep.
 *
 * @example withCheck({}, 'p', '2', { value: '0,5', verdict: 'incorrect', answer: '0.7' }).p?.['2']?.value // '0,5'
 */
export function withCheck(
  store: CheckStore,
  page: string,
  id: string,
  saved: SavedCheck,
): CheckStore {
  if (saved.value.length > MAX_SAVED_LENGTH) return store;
  return { ...store, [page]: { ...(Object.hasOwn(store, page) ? store[page] : {}), [id]: saved } };
}
