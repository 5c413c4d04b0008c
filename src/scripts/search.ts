/**
 * The search box's behaviour, loaded on first use (see components/Search.astro). The engine
 * (src/search/engine.ts) runs here over <base>search/<lang>.json, fetched once; results are
 * lesson groups with their matching levels beneath, revealed a few groups at a time ("show
 * more"), and the count is announced through a role=status live region. On the static search
 * page (/<lang>/search/?q=…) the same results are listed in full in the page.
 */
import {
  createEngine,
  MAX_QUERY_LENGTH,
  type Engine,
  type Group,
  type Hit,
  type SearchResult,
} from '../search/engine';

export type Strings = Record<
  'error' | 'offline' | 'more' | 'zero' | 'one' | 'few' | 'many' | 'other',
  string
>;

/** Lesson groups shown at first, and added by each "show more". */
export const GROUPS_PER_PAGE = 5;
/** The query as echoed in the count sentence is cut to this many characters. */
export const ECHO_LENGTH = 60;

/**
 * The count sentence in the page's language, with the right plural form. Placeholders are
 * filled with function replacers, so `$&` or `` $` `` in a query stay literal.
 *
 * @example countText(strings, 'en', 3, 'logit') // '3 results for “logit”.'
 */
export function countText(strings: Strings, lang: string, count: number, query: string): string {
  const form = count === 0 ? 'zero' : (new Intl.PluralRules(lang).select(count) as keyof Strings);
  const template = strings[form] ?? strings.other;
  const echo = query.length > ECHO_LENGTH ? `${query.slice(0, ECHO_LENGTH)}…` : query;
  const number = new Intl.NumberFormat(lang).format(count);
  return template.replace(/\{(count|query)\}/g, (_, name: string) =>
    name === 'count' ? number : echo,
  );
}

/** The link of a hit: the page, the words to highlight there (`?hl=`), the section (`#id`). */
export function hitHref(hit: Hit, base: string): string {
  const [path, hash] = hit.url.split('#');
  const hl = hit.words.length > 0 ? `?hl=${encodeURIComponent(hit.words.join(' '))}` : '';
  return `${base}${path}${hl}${hash ? `#${hash}` : ''}`;
}

const engines = new Map<string, Promise<Engine>>();

function loadEngine(url: string): Promise<Engine> {
  let e = engines.get(url);
  if (!e) {
    e = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.json();
      })
      .then(createEngine);
    // A failed download (offline) is retried on the next search.
    e.catch(() => engines.delete(url));
    engines.set(url, e);
  }
  return e;
}

let groupIds = 0;

function groupItem(group: Group, base: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'site-search__group';
  const title = document.createElement('span');
  title.className = 'site-search__title';
  title.id = `site-search-group-${++groupIds}`;
  title.textContent = group.title;
  const hits = document.createElement('ul');
  hits.className = 'site-search__hits';
  hits.setAttribute('aria-labelledby', title.id);
  for (const hit of group.hits) {
    const item = document.createElement('li');
    const a = document.createElement('a');
    a.href = hitHref(hit, base);
    if (hit.page.level) {
      const level = document.createElement('span');
      level.className = 'site-search__level';
      level.textContent = hit.page.level;
      a.append(level);
    }
    const heading = hit.section.heading || (hit.page.level ? '' : hit.page.title);
    if (heading) {
      const section = document.createElement('span');
      section.className = 'site-search__section';
      section.textContent = heading;
      a.append(section);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'site-search__excerpt';
    for (const s of hit.excerpt) {
      if (s.mark) {
        const m = document.createElement('mark');
        m.textContent = s.text;
        excerpt.append(m);
      } else excerpt.append(s.text);
    }
    item.append(a, excerpt);
    hits.append(item);
  }
  li.append(title, hits);
  return li;
}

export function startSearch(box: HTMLElement): void {
  const input = box.querySelector<HTMLInputElement>('input[type=search]')!;
  const status = box.querySelector<HTMLElement>('[role=status]')!;
  const panel = box.querySelector<HTMLElement>('.site-search__panel')!;
  const count = box.querySelector<HTMLElement>('.site-search__count')!;
  const list = box.querySelector<HTMLUListElement>('.site-search__results')!;
  const more = box.querySelector<HTMLButtonElement>('.site-search__more')!;
  const strings = JSON.parse(box.dataset.strings ?? '{}') as Strings;
  const base = box.dataset.base ?? '/';
  const lang = document.documentElement.lang || 'en';
  const indexUrl = `${box.dataset.index ?? '/search/'}${lang.split('-')[0]!.toLowerCase()}.json`;
  const ready = () => loadEngine(indexUrl);
  // Start the download on first focus, so the first keystroke finds the index there.
  ready().catch(() => {});

  let result: SearchResult | undefined;
  let shown = GROUPS_PER_PAGE;
  let dismissed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const close = () => {
    panel.hidden = true;
  };
  const open = () => {
    if (!dismissed) panel.hidden = false;
  };
  const say = (text: string) => {
    count.textContent = text;
    status.textContent = text;
  };
  const failed = () => {
    list.replaceChildren();
    more.hidden = true;
    result = undefined;
    say(navigator.onLine === false ? strings.offline : strings.error);
    open();
  };
  const query = () => input.value.trim().slice(0, MAX_QUERY_LENGTH);

  function render(q: string): void {
    if (!result) return;
    list.replaceChildren(...result.groups.slice(0, shown).map((g) => groupItem(g, base)));
    more.hidden = result.groups.length <= shown;
    say(countText(strings, lang, result.total, q));
  }

  async function run(): Promise<void> {
    const q = query();
    const mine = ++generation;
    if (q === '') {
      list.replaceChildren();
      more.hidden = true;
      result = undefined;
      say('');
      close();
      return;
    }
    let engine: Engine;
    try {
      engine = await ready();
    } catch {
      if (mine === generation) failed();
      return;
    }
    if (mine !== generation) return; // a newer keystroke superseded this search
    result = engine.search(q);
    shown = GROUPS_PER_PAGE;
    render(q);
    open();
  }
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 120);
  };

  input.addEventListener('input', () => {
    dismissed = false;
    schedule();
  });
  more.addEventListener('click', () => {
    const before = shown;
    shown += GROUPS_PER_PAGE;
    render(query());
    // Keyboard users continue where the new results start.
    list.children[before]?.querySelector<HTMLAnchorElement>('a')?.focus();
  });
  input.addEventListener('keydown', (event) => {
    const first = list.querySelector<HTMLAnchorElement>('a');
    if (event.key === 'Enter' && !panel.hidden && first) {
      // Enter opens the best match, as in most site searches (without results, the form submits).
      first.click();
      event.preventDefault();
    } else if (event.key === 'ArrowDown' && !panel.hidden && first) {
      first.focus();
      event.preventDefault();
    } else if (event.key === 'Escape' && !panel.hidden) {
      dismissed = true;
      close();
      event.preventDefault();
    }
  });
  panel.addEventListener('keydown', (event) => {
    const targets = [
      ...list.querySelectorAll<HTMLAnchorElement>('a'),
      ...(more.hidden ? [] : [more]),
    ];
    const i = targets.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      // One press: the focus listener below must not reopen the panel.
      dismissed = true;
      close();
      input.focus();
      event.preventDefault();
    } else if (i >= 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      const next = event.key === 'ArrowDown' ? targets[i + 1] : i === 0 ? input : targets[i - 1];
      next?.focus();
      event.preventDefault();
    }
  });
  box.addEventListener('focusout', (event) => {
    const to = event.relatedTarget as Node | null;
    if (to && !box.contains(to)) close();
  });
  input.addEventListener('focus', () => {
    if (result && query() !== '') open();
  });
  input.addEventListener('click', () => {
    dismissed = false;
    if (result && query() !== '') open();
  });

  const page = document.querySelector<HTMLElement>('[data-search-page]');
  if (page) void fillPage(page, input, strings, lang, base, ready);
  else if (query() !== '') void run();
}

/** The search page: every result for `?q=`, in the page (the header box shows the query). */
async function fillPage(
  page: HTMLElement,
  input: HTMLInputElement,
  strings: Strings,
  lang: string,
  base: string,
  ready: () => Promise<Engine>,
): Promise<void> {
  const q = (new URLSearchParams(location.search).get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const status = page.querySelector<HTMLElement>('[role=status]')!;
  const list = page.querySelector<HTMLElement>('.site-search__results')!;
  if (q === '') return;
  if (input.value.trim() === '') input.value = q;
  try {
    const result = (await ready()).search(q);
    list.replaceChildren(...result.groups.map((g) => groupItem(g, base)));
    status.textContent = countText(strings, lang, result.total, q);
  } catch {
    status.textContent = navigator.onLine === false ? strings.offline : strings.error;
  }
}
