/**
 * The search box's behaviour, loaded on first focus (see components/Search.astro).
 * Pagefind's JS API is imported from the bundle that `npm run build` writes to
 * <base>pagefind/; results are a list of links naming the lesson and its level, and the
 * count is announced through a role=status live region.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

type Strings = Record<'loading' | 'error' | 'zero' | 'one' | 'few' | 'many' | 'other', string>;

/** At most this many results are shown; the count announces them all. */
export const MAX_RESULTS = 8;

/**
 * The count sentence in the page's language, with the right plural form.
 *
 * @example countText(strings, 'en', 3, 'logit') // '3 results for “logit”.'
 */
export function countText(strings: Strings, lang: string, count: number, query: string): string {
  const form = count === 0 ? 'zero' : (new Intl.PluralRules(lang).select(count) as keyof Strings);
  const template = strings[form] ?? strings.other;
  return template.replace('{count}', new Intl.NumberFormat(lang).format(count)).replace('{query}', query);
}

let pagefind: Promise<PagefindApi> | undefined;

function loadPagefind(bundle: string, base: string): Promise<PagefindApi> {
  pagefind ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindApi>).then(async (pf) => {
    // Result URLs are site-relative: prefix the base path when the site lives in a sub-folder.
    await pf.options({ baseUrl: base, excerptLength: 24 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

export function startSearch(form: HTMLElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
  const status = form.querySelector<HTMLElement>('[role=status]')!;
  const panel = form.querySelector<HTMLElement>('.site-search__panel')!;
  const count = form.querySelector<HTMLElement>('.site-search__count')!;
  const list = form.querySelector<HTMLUListElement>('.site-search__results')!;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const lang = document.documentElement.lang || 'en';
  const ready = loadPagefind(form.dataset.bundle ?? '/pagefind/', form.dataset.base ?? '/');
  ready.catch(() => (status.textContent = strings.error));

  const close = () => {
    panel.hidden = true;
  };
  const open = () => {
    panel.hidden = false;
  };

  async function run(): Promise<void> {
    const query = input.value.trim();
    if (query === '') {
      list.replaceChildren();
      count.textContent = status.textContent = '';
      close();
      return;
    }
    let pf: PagefindApi;
    try {
      pf = await ready;
    } catch {
      return;
    }
    const search = await pf.debouncedSearch(query, {}, 200);
    if (search === null) return; // a newer keystroke superseded this search
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (input.value.trim() !== query) return;
    list.replaceChildren(...data.map(resultItem));
    const text = countText(strings, lang, search.results.length, query);
    count.textContent = text;
    status.textContent = text;
    open();
  }

  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !panel.hidden) {
      // Enter opens the best match, as in most site searches.
      list.querySelector<HTMLAnchorElement>('a')?.click();
      event.preventDefault();
    } else if (event.key === 'ArrowDown' && !panel.hidden) {
      list.querySelector<HTMLAnchorElement>('a')?.focus();
      event.preventDefault();
    } else if (event.key === 'Escape' && !panel.hidden) {
      close();
      event.preventDefault();
    }
  });
  list.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const next = event.key === 'ArrowDown' ? links[i + 1] : i === 0 ? input : links[i - 1];
      next?.focus();
      event.preventDefault();
    } else if (event.key === 'Escape') {
      close();
      input.focus();
      event.preventDefault();
    }
  });
  form.addEventListener('focusout', (event) => {
    const to = event.relatedTarget as Node | null;
    if (to && !form.contains(to)) close();
  });
  input.addEventListener('focus', () => {
    if (list.childElementCount > 0 && input.value.trim() !== '') open();
  });
  if (input.value.trim() !== '') void run();
}

function resultItem(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = r.url;
  const title = document.createElement('span');
  title.className = 'site-search__title';
  title.textContent = r.meta.lesson ?? r.meta.title ?? r.url;
  a.append(title);
  if (r.meta.level) {
    const level = document.createElement('span');
    level.className = 'site-search__level';
    level.textContent = r.meta.level;
    a.append(' ', level);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'site-search__excerpt';
  // Pagefind's excerpt is escaped text with <mark> around the matches.
  excerpt.innerHTML = r.excerpt;
  li.append(a, excerpt);
  return li;
}
