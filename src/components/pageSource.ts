/**
 * Where a lesson page comes from, for its "Last updated" date and "Edit this page" link, at
 * build time. The one place that reads the environment variable EDIT_BASE_URL (the address
 * that a repository path is appended to, e.g. https://github.com/owner/repo/edit/main/) and
 * asks git for a file's last commit. Without EDIT_BASE_URL there is no edit link; without git
 * or without history for the file (an uncommitted file, a tarball) there is no date.
 */
import { execFileSync } from 'node:child_process';

/**
 * EDIT_BASE_URL as given, checked: an absolute http(s) URL, ending in "/" (added when
 * missing). Empty or unset → undefined. Anything else fails the build with a message, since a
 * broken link on every lesson page is worse than no build.
 *
 * @example editBase('https://github.com/o/r/edit/main') // 'https://github.com/o/r/edit/main/'
 * @example editBase('') // undefined
 */
export function editBase(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `EDIT_BASE_URL is not a URL: "${value}" (e.g. https://github.com/owner/repo/edit/main/)`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`EDIT_BASE_URL must be an http(s) address, got "${value}"`);
  return value.endsWith('/') ? value : `${value}/`;
}

/** The build's edit base, read once. */
const EDIT_BASE = editBase(process.env.EDIT_BASE_URL);

/**
 * A lesson variant's source file, relative to the repository root.
 *
 * @example lessonSource('pt', 'temperature', 'formal') // 'content/lessons/pt/temperature/formal.mdx'
 */
export function lessonSource(lang: string, lesson: string, level: string): string {
  return `content/lessons/${lang}/${lesson}/${level}.mdx`;
}

/**
 * The "Edit this page" address of a repository file, or undefined without a base.
 *
 * @example editUrl('content/lessons/en/temperature/formal.mdx', 'https://github.com/o/r/edit/main/') // 'https://github.com/o/r/edit/main/content/lessons/en/temperature/formal.mdx'
 * @example editUrl('content/a.mdx', undefined) // undefined
 */
export function editUrl(file: string, base: string | undefined = EDIT_BASE): string | undefined {
  return base === undefined ? undefined : `${base}${file}`;
}

/** An ISO 8601 date-time as git prints it with %cI (2026-03-05T14:07:11+01:00). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * What `git log -1 --format=%cI` printed, if it is a date-time; anything else (nothing for a
 * file without history, an error text) is undefined.
 *
 * @example commitDate('2026-03-05T14:07:11+01:00\n') // '2026-03-05T14:07:11+01:00'
 * @example commitDate('') // undefined
 */
export function commitDate(output: string): string | undefined {
  const line = output.trim();
  return ISO_DATE_TIME.test(line) && !Number.isNaN(Date.parse(line)) ? line : undefined;
}

const lastCommits = new Map<string, string | undefined>();

/**
 * The committer date of the last commit that touched `file` (relative to the working
 * directory, the project root when building), or undefined when git is missing, the folder is
 * not a checkout or the file has no history. Each file is asked once per build.
 */
export function lastCommit(file: string): string | undefined {
  if (lastCommits.has(file)) return lastCommits.get(file);
  let date: string | undefined;
  try {
    date = commitDate(
      execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 10_000,
      }),
    );
  } catch {
    date = undefined;
  }
  lastCommits.set(file, date);
  return date;
}

/**
 * A commit date-time in words for the page's language: the calendar day of the commit where it
 * was made (the date part of the ISO string, so the build machine's time zone changes nothing),
 * in Intl's long style.
 *
 * @example formatDay('2026-03-05T23:30:00-03:00', 'en') // 'March 5, 2026'
 * @example formatDay('2026-03-05T23:30:00-03:00', 'pt-BR') // '5 de março de 2026'
 */
export function formatDay(iso: string, tag: string): string {
  const [y = 1970, m = 1, d = 1] = iso.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
