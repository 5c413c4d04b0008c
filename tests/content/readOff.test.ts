/**
 * Exercises test understanding, not reading. For every numeric question (<Check>, alone or as a
 * step of a <Problem>) on every lesson page in every language, the answer rounded as the question
 * asks must not be readable earlier on the page: no number shown before it (<Num>, <NumList>,
 * <Tex> values as formatted, numbers typed in prose or in formulas, percentages read as
 * fractions) may round to it. Every accepted form of the key counts: the exact answer and the
 * answer from the page's rounded numbers (checkKey, see checkKeys.test.ts for the other side:
 * both are accepted).
 *
 * The page's text is rebuilt from the MDX source and its level's _shared module, so the test
 * needs no build. When a fresh build of the page exists (dist/<lang>/<lesson>/<level>/index.html
 * newer than its sources), the built text is read too: it also holds what widgets and figures
 * render at build time. `npm test` runs this file a second time after the build (the `dist`
 * project, READ_OFF_BUILT=required), where a missing or stale built page fails.
 *
 * Every level ends with exercise components (<Choice>, <Problem>, <Proof>, <Task>): their ids are
 * unique and well formed, and there are two to five of them.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { LANGS, ROOT, formulasBefore, lessonFiles, proseOf, readMdx, type JsxTag } from './mdxTree';
import {
  acceptedAnswers,
  asPrinted,
  type CheckKey,
  type Value,
} from '../../src/components/content/checkKey';

type Scope = Record<string, unknown>;
const EXERCISES = ['Choice', 'Problem', 'Proof', 'Task'];
const rel = (p: string) => relative(ROOT, p);

async function scopeOf(path: string, moduleLines: readonly string[]): Promise<Scope> {
  const scope: Scope = {};
  for (const line of moduleLines) {
    const m = /^import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/.exec(line);
    if (!m) continue;
    const spec = m[2] as string;
    const file = spec.startsWith('~/')
      ? join(ROOT, 'src', spec.slice(2))
      : resolve(dirname(path), spec);
    const mod = (await import(/* @vite-ignore */ file)) as Scope;
    for (const part of (m[1] as string)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const [name, alias = name] = part.split(/\s+as\s+/) as [string, string?];
      scope[alias] = mod[name];
    }
  }
  return scope;
}

function evaluate(expr: string | undefined, scope: Scope): unknown {
  const src = (expr ?? '').replace(/^\{([\s\S]*)\}$/, '$1');
  const names = Object.keys(scope);
  return new Function(...names, `"use strict"; return (${src});`)(...names.map((n) => scope[n]));
}

const flat = (v: Value): number[] => (typeof v === 'number' ? [v] : v.flatMap(flat));

/** A number a reader can see: its value as shown and how many fraction digits it shows. */
interface Seen {
  value: number;
  decimals: number;
  where: string;
}

/** Numbers typed as text: `2`, `−1`, `0.5` (`0,5` and TeX `0{,}5` where the comma is decimal). */
function numbersInText(text: string, decimalComma: boolean, where: string): Seen[] {
  const sep = decimalComma ? ',' : '\\.';
  const re = new RegExp(`([−-]?)(\\d+)(?:(?:${sep}|\\{${sep}\\})(\\d+))?`, 'g');
  const out: Seen[] = [];
  for (const m of text.replace(/\{,\}/g, decimalComma ? ',' : '{,}').matchAll(re)) {
    const before = text[(m.index ?? 0) - 1] ?? '';
    if (/[\w\\]/.test(before)) continue; // z_1, x2, \frac12: part of a name or a TeX command
    const frac = m[3] ?? '';
    const value = Number(`${m[1] ? '-' : ''}${m[2]}.${frac || '0'}`);
    out.push({ value, decimals: frac.length, where: `${where} "${m[0]}"` });
  }
  return out;
}

/** What the components print before `end` in the MDX body: values with their digits. */
function componentNumbers(tags: readonly JsxTag[], end: number, scope: Scope): Seen[] {
  const out: Seen[] = [];
  for (const tag of tags) {
    if (tag.start >= end) break;
    const digits = tag.attrs.digits === undefined ? 3 : Number(evaluate(tag.attrs.digits, scope));
    let values: number[];
    if (tag.name === 'Num') values = [Number(evaluate(tag.attrs.value, scope))];
    else if (tag.name === 'NumList') values = flat(evaluate(tag.attrs.values, scope) as Value);
    else if (tag.name === 'Tex' && tag.attrs.values)
      values = flat(evaluate(tag.attrs.values, scope) as Value);
    else continue;
    const percent =
      tag.name === 'Num' && tag.attrs.percent !== undefined && tag.attrs.percent !== '{false}';
    for (const v of values) {
      const where = `<${tag.name} ${tag.attrs.value ?? tag.attrs.values}>`;
      // 78.6 % is also read as 0.786.
      if (percent) out.push({ value: asPrinted(v, digits, true), decimals: digits + 2, where });
      out.push({
        value: percent ? asPrinted(v, digits, true) * 100 : asPrinted(v, digits),
        decimals: digits,
        where,
      });
    }
  }
  return out;
}

/** The visible text of a built page before its n-th <softmax-check> (earlier checks' answers removed). */
function builtTextBefore(html: string, n: number): string | undefined {
  const body = html.slice(html.indexOf('<main') >= 0 ? html.indexOf('<main') : 0);
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = body.indexOf('<softmax-check', at + 1);
    if (at < 0) return undefined;
  }
  return body
    .slice(0, at)
    .replace(/<details class="check__answer[\s\S]*?<\/details>/g, ' ')
    .replace(/<(script|style|annotation)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&minus;|&#x2212;/g, '−')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

function builtPage(
  lang: string,
  slug: string,
  level: string,
  sources: readonly string[],
): string | undefined {
  const file = join(ROOT, 'dist', lang, slug, level, 'index.html');
  const fresh =
    existsSync(file) &&
    !sources.some((s) => existsSync(s) && statSync(s).mtimeMs > statSync(file).mtimeMs);
  // In the `dist` project (after the build, READ_OFF_BUILT=required) the built page must be there.
  if (!fresh && process.env.READ_OFF_BUILT === 'required')
    throw new Error(`${file} is missing or older than its sources: build first`);
  return fresh ? readFileSync(file, 'utf8') : undefined;
}

/** The reader sees `s` and rounds it to the question's digits (or sees it already as short). */
function readsAs(s: Seen, answer: number, digits: number): boolean {
  const target = asPrinted(answer, digits);
  // An integer answer is read off only where it is shown as it is (0.5 does not give away 1).
  const seen = s.decimals >= digits && digits > 0 ? asPrinted(s.value, digits) : s.value;
  return (
    Math.abs(seen - target) < 1e-9 * Math.max(1, Math.abs(target)) &&
    !(target === 0 && s.value !== 0)
  );
}

const lessons = lessonFiles();

describe('no exercise can be answered by reading a number off the page', () => {
  it('finds pages to read', () => {
    expect(lessons.size).toBeGreaterThan(0);
  });
  for (const [slug, byLevel] of [...lessons].sort(([x], [y]) => x.localeCompare(y))) {
    for (const [level, byLang] of [...byLevel].sort(([x], [y]) => x.localeCompare(y))) {
      it(`${slug}/${level}: each numeric answer is new to the reader, in ${LANGS.join(', ')}`, async () => {
        const problems: string[] = [];
        for (const lang of LANGS) {
          const path = byLang.get(lang);
          if (!path) continue;
          const page = readMdx(path);
          const scope = await scopeOf(path, page.moduleLines);
          const shared = join(ROOT, 'content', 'lessons', '_shared', slug, `${level}.ts`);
          const html = builtPage(lang, slug, level, [...byLang.values(), shared]);
          const comma = lang !== 'en';
          const checks = page.tags.filter((t) => t.name === 'Check');
          checks.forEach((tag, i) => {
            const answer = evaluate(tag.attrs.answer, scope) as number | CheckKey;
            const digits =
              tag.attrs.digits === undefined ? 2 : Number(evaluate(tag.attrs.digits, scope));
            const seen = [
              ...componentNumbers(page.tags, tag.start, scope),
              ...numbersInText(proseOf(page, tag.start), comma, 'prose'),
              ...formulasBefore(page, tag.start).flatMap((f) => numbersInText(f, comma, 'formula')),
            ];
            const built = html === undefined ? undefined : builtTextBefore(html, i);
            if (built !== undefined) seen.push(...numbersInText(built, comma, 'built page'));
            for (const a of acceptedAnswers(answer)) {
              const hit = seen.find((s) => readsAs(s, a, digits));
              if (hit) {
                problems.push(
                  `${rel(path)}: <Check> #${i + 1} answer=${tag.attrs.answer} digits=${digits} → ${asPrinted(a, digits)} ` +
                    `can be read off ${hit.where} (${hit.value}) before the question`,
                );
                break;
              }
            }
          });
        }
        if (problems.length > 0) expect.fail(`\n${problems.join('\n')}`);
      });

      it(`${slug}/${level}: exercises have unique ids and there are two to five of them`, () => {
        for (const lang of LANGS) {
          const path = byLang.get(lang);
          if (!path) continue;
          const exercises = readMdx(path).tags.filter((t) => EXERCISES.includes(t.name));
          const ids = exercises.map((t) => (t.attrs.id ?? '').replace(/^"|"$/g, ''));
          expect(
            ids.filter((id) => !/^[a-z0-9][a-z0-9-]*$/.test(id)),
            `${rel(path)}: malformed ids`,
          ).toEqual([]);
          expect(
            ids.filter((id, i) => ids.indexOf(id) !== i),
            `${rel(path)}: repeated ids`,
          ).toEqual([]);
          expect(exercises.length, `${rel(path)}: number of exercises`).toBeGreaterThanOrEqual(2);
          expect(exercises.length, `${rel(path)}: number of exercises`).toBeLessThanOrEqual(5);
        }
      });
    }
  }
});
