/**
 * Quiz keys agree with the page. For every <Check> on every lesson page in every language, the
 * answer is evaluated from the page's own imports (its level's _shared module) and a reader is
 * played who types it rounded to the question's digits, in the page's number format:
 *
 * - from the exact values, and, for a key declared with checkKey(), along each of its ways from
 *   the numbers as the page prints them (each marked `printed(value, digits)`);
 * - from the answer itself when the page prints it with more digits than the question asks
 *   (the reader rounds 0.1635 to 0.164 although the exact 0.16349 rounds to 0.163).
 *
 * Each must be judged correct by the component's own logic (acceptedAnswers + judgeAnswer).
 * Also: every way of a key gives the same exact answer, and every input that rounding changes
 * really is printed on the page (<Num>, <NumList>, <Tex>) with the declared digits.
 * How to declare a key: content/README.md, "Check yourself".
 */
import { describe, expect, it } from 'vitest';
import { dirname, join, relative, resolve } from 'node:path';
import { LANGS, ROOT, lessonFiles, readMdx, type JsxTag } from './mdxTree';
import {
  acceptedAnswers,
  asPrinted,
  CheckKey,
  type Value,
} from '../../src/components/content/checkKey';
import { defaultTolerance, judgeAnswer } from '../../src/components/content/checkAnswer';
import { formatNumber } from '../../src/lib/numbers';

type Scope = Record<string, unknown>;

/** The names a page imports, with their values (the page's own modules, resolved as Astro does). */
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
      if (!(name in mod)) throw new Error(`${rel(path)}: ${spec} has no export "${name}"`);
      scope[alias] = mod[name];
    }
  }
  return scope;
}

function evaluate(expr: string, scope: Scope): unknown {
  const names = Object.keys(scope);
  return new Function(...names, `"use strict"; return (${expr});`)(...names.map((n) => scope[n]));
}

const rel = (p: string) => relative(ROOT, p);
const exprOf = (raw: string | undefined) => (raw ?? '').replace(/^\{([\s\S]*)\}$/, '$1');
const numberProp = (tag: JsxTag, name: string, fallback: number, scope: Scope): number =>
  tag.attrs[name] === undefined ? fallback : Number(evaluate(exprOf(tag.attrs[name]), scope));
const flat = (v: Value): number[] => (typeof v === 'number' ? [v] : v.flatMap(flat));
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));

interface Shown {
  value: number;
  digits: number;
  percent: boolean;
}

/** Every number the page prints through <Num>, <NumList> and <Tex>, with its digits. */
function printedNumbers(tags: readonly JsxTag[], scope: Scope): Shown[] {
  const out: Shown[] = [];
  for (const tag of tags) {
    const digits = numberProp(tag, 'digits', 3, scope);
    if (tag.name === 'Num') {
      out.push({
        value: Number(evaluate(exprOf(tag.attrs.value), scope)),
        digits,
        percent: tag.attrs.percent !== undefined && tag.attrs.percent !== '{false}',
      });
    } else if (tag.name === 'NumList' || tag.name === 'Tex') {
      const raw = tag.name === 'NumList' ? tag.attrs.values : (tag.attrs.values ?? '{[]}');
      for (const value of flat(evaluate(exprOf(raw), scope) as Value))
        out.push({ value, digits, percent: false });
    }
  }
  return out;
}

interface Reader {
  who: string;
  value: number;
}

const lessons = lessonFiles();

describe('check-yourself keys agree with the numbers the page prints', () => {
  it('finds checks to verify', () => {
    expect(lessons.size).toBeGreaterThan(0);
  });
  for (const [slug, byLevel] of [...lessons].sort(([x], [y]) => x.localeCompare(y))) {
    for (const [level, byLang] of [...byLevel].sort(([x], [y]) => x.localeCompare(y))) {
      it(`${slug}/${level}: a reader using the exact or the printed numbers is marked right, in ${LANGS.join(', ')}`, async () => {
        const problems: string[] = [];
        for (const lang of LANGS) {
          const path = byLang.get(lang);
          if (!path) continue; // parity.test.ts reports missing variants
          const page = readMdx(path);
          const scope = await scopeOf(path, page.moduleLines);
          const shown = printedNumbers(page.tags, scope);
          const checks = page.tags.filter((t) => t.name === 'Check');
          checks.forEach((tag, i) => {
            const where = `${rel(path)}: <Check> #${i + 1} answer=${tag.attrs.answer}`;
            const answer = evaluate(exprOf(tag.attrs.answer), scope) as number | CheckKey;
            const digits = numberProp(tag, 'digits', 2, scope);
            const tolerance =
              tag.attrs.tolerance === undefined
                ? defaultTolerance(digits)
                : numberProp(tag, 'tolerance', 0, scope);
            const keyed = answer instanceof CheckKey;
            if (!keyed && typeof answer !== 'number') {
              problems.push(
                `${where}: the answer is neither a number nor a checkKey() (${typeof answer})`,
              );
              return;
            }
            const exact = keyed ? answer.exact : answer;
            const readers: Reader[] = [{ who: 'from the exact values', value: exact }];
            if (keyed) {
              answer.routes.forEach((route, w) => {
                const way = answer.routes.length > 1 ? ` (way ${w + 1})` : '';
                if (!same(route.exact, exact)) {
                  problems.push(
                    `${where}: way ${w + 1} of the key gives ${route.exact} from the exact values, way 1 gives ${exact}`,
                  );
                }
                readers.push({ who: `from the printed numbers${way}`, value: route.fromPage });
                for (const [name, input] of Object.entries(route.given)) {
                  for (const x of flat(input.value)) {
                    if (same(asPrinted(x, input.digits, input.percent), x)) continue; // rounding cannot matter
                    const found = shown.some(
                      (s) =>
                        same(s.value, x) &&
                        s.digits === input.digits &&
                        s.percent === input.percent,
                    );
                    if (!found) {
                      const at = shown
                        .filter((s) => same(s.value, x))
                        .map((s) => `${s.digits}${s.percent ? '%' : ''}`);
                      problems.push(
                        `${where}: input "${name}" ${x} is declared printed with ${input.digits} digits${input.percent ? ' (percent)' : ''}, ` +
                          (at.length > 0
                            ? `but the page prints it with ${at.join(', ')} digits`
                            : 'but the page does not print it with <Num>/<NumList>/<Tex>'),
                      );
                    }
                  }
                }
              });
            }
            // The answer itself, printed with more digits than asked: the reader rounds the printed value.
            for (const s of shown) {
              if (same(s.value, exact) && !s.percent && s.digits > digits) {
                readers.push({
                  who: `reading the answer printed with ${s.digits} digits`,
                  value: asPrinted(exact, s.digits),
                });
              }
            }
            const accepted = acceptedAnswers(answer);
            for (const reader of readers) {
              const typed = formatNumber(reader.value, lang, digits);
              const verdict = judgeAnswer(typed, lang, accepted, tolerance);
              if (verdict.kind !== 'correct') {
                problems.push(
                  `${where} digits=${digits}: a reader ${reader.who} gets ${reader.value} and types "${typed}", judged ${verdict.kind}; ` +
                    `accepted ${accepted.map((a) => formatNumber(a, 'en', digits + 2)).join(', ')} ± ${tolerance}` +
                    (keyed
                      ? ''
                      : ' (declare the key with checkKey() in the level module to accept the printed numbers)'),
                );
              }
            }
          });
        }
        if (problems.length > 0) expect.fail(`\n${problems.join('\n')}`);
      });
    }
  }
});
