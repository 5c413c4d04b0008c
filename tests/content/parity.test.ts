/**
 * The three languages of a lesson level must teach the same thing: same heading structure,
 * same formulas, same components in the same order, same computed numbers (the expressions
 * given to <Num>, <NumList>, <Check> and <Tex>) and the same imports: a level's computations are
 * written once, in content/lessons/_shared/<lesson>/<level>.ts, and no page defines its own. Also: every
 * <Term id> is a glossary term, and no decimal number is typed by hand into prose.
 * Runs over whatever lessons exist under content/lessons.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glossaryTerms } from '../../src/data/glossaryTerms';
import {
  LANGS,
  LEVELS,
  ROOT,
  lessonFiles,
  proseOf,
  readMdx,
  sequenceDiff,
  setDiff,
  type JsxTag,
  type MdxPage,
} from './mdxTree';

/** Props compared across languages, per component. */
const COMPARED_PROPS: Record<string, readonly string[]> = {
  Num: ['value', 'digits', 'percent'],
  NumList: ['values', 'digits', 'parens'],
  Check: ['answer', 'digits', 'tolerance'],
  Tex: ['tex', 'values', 'digits', 'display'],
  CodeTabs: ['snippet'],
  // Exercises: same ids (progress is kept per id), kinds, right options and snippets in every language.
  Choice: ['id', 'kind'],
  Option: ['correct'],
  Problem: ['id'],
  Proof: ['id'],
  Task: ['id', 'snippet'],
  // Figures (src/figures): the same example, drawn the same way, in every language.
  ArgmaxGradient: ['logits', 'index', 'temperatures', 'from', 'to'],
  ArgmaxRamp: ['logits', 'index', 'from', 'to'],
  AttentionMap: ['scores', 'd'],
  CausalMask: ['scores', 'd'],
  ClassifierHead: ['logits', 'hidden'],
  ExpRange: ['logits'],
  GradientPMinusY: ['logits', 'targets'],
  JacobianHeatmap: ['logits'],
  JacobianSpectrum: ['logits'],
  NaiveVsShifted: ['logits', 'format'],
  NegLogCurve: ['logits', 'targets'],
  NudgeLogits: ['logits', 'h'],
  PolicyTemperatures: ['preferences', 'temperatures', 'names'],
  ReliabilityDiagram: ['preds', 'temperature', 'edges', 'ticks'],
  SameAccuracy: ['logits', 'factor'],
  ScaledScores: ['scores', 'dims'],
  SharePie: ['logits', 'names'],
  SigmoidCurve: ['logits', 'names'],
  SimplexPath: ['logits', 'marks'],
  SoftmaxStages: ['logits', 'names'],
  SoftmaxVsSigmoids: ['logits', 'names'],
  TemperatureSweep: ['logits', 'marks'],
};

function describeTag(tag: JsxTag): string {
  const props = COMPARED_PROPS[tag.name];
  if (!props) return `<${tag.name}>`;
  const shown = props.filter((p) => tag.attrs[p] !== undefined).map((p) => `${p}=${tag.attrs[p]}`);
  return `<${tag.name} ${shown.join(' ')}>`;
}

/** Every way two languages of a page can disagree, as readable lines. */
export function parityProblems(a: MdxPage, b: MdxPage, aLang: string, bLang: string): string[] {
  const diffs = [
    sequenceDiff(
      'heading depths',
      aLang,
      a.headings.map((d) => '#'.repeat(d)),
      bLang,
      b.headings.map((d) => '#'.repeat(d)),
    ),
    setDiff('formulas ($…$, $$…$$)', aLang, a.formulas, bLang, b.formulas),
    sequenceDiff(
      'components',
      aLang,
      a.tags.map((t) => t.name),
      bLang,
      b.tags.map((t) => t.name),
    ),
    sequenceDiff(
      'computed numbers, <Tex> and code snippets (Num/NumList/Check/Tex/CodeTabs props)',
      aLang,
      a.tags.filter((t) => COMPARED_PROPS[t.name]).map(describeTag),
      bLang,
      b.tags.filter((t) => COMPARED_PROPS[t.name]).map(describeTag),
    ),
    sequenceDiff(
      'import/export lines (the computations are shared)',
      aLang,
      a.moduleLines,
      bLang,
      b.moduleLines,
    ),
  ];
  return diffs.filter((d): d is string => d !== undefined);
}

const lessons = lessonFiles();
const rel = (p: string) => relative(ROOT, p);

describe('lessons say the same thing in every language', () => {
  it('finds lessons to compare', () => {
    expect(lessons.size).toBeGreaterThan(0);
  });
  for (const [slug, byLevel] of [...lessons].sort(([x], [y]) => x.localeCompare(y))) {
    describe(slug, () => {
      for (const level of LEVELS) {
        it(`${level}: same headings, formulas, components and numbers in en, pt and ru`, () => {
          const byLang = byLevel.get(level);
          const missing = LANGS.filter((l) => !byLang?.has(l)).map(
            (l) => `content/lessons/${l}/${slug}/${level}.mdx`,
          );
          if (missing.length > 0) expect.fail(`missing variant(s):\n  ${missing.join('\n  ')}`);
          const pages = Object.fromEntries(
            LANGS.map((l) => [l, readMdx(byLang?.get(l) as string)]),
          ) as Record<string, MdxPage>;
          const en = pages.en as MdxPage;
          const problems: string[] = [];
          for (const lang of LANGS.slice(1)) {
            const page = pages[lang] as MdxPage;
            for (const p of parityProblems(en, page, 'en', lang))
              problems.push(`${rel(en.path)} vs ${rel(page.path)}: ${p}`);
          }
          if (problems.length > 0) expect.fail(`\n${problems.join('\n')}`);
        });
      }
    });
  }
});

describe('glossary links', () => {
  it('the glossary and the Q&A page exist in every language', () => {
    const missing = LANGS.flatMap((lang) => [
      `content/glossary/${lang}.mdx`,
      `content/faq/${lang}.mdx`,
    ]).filter((f) => !existsSync(join(ROOT, f)));
    expect(missing, 'missing glossary/Q&A files').toEqual([]);
  });

  it('every <Term id> in lessons, the glossary and the Q&A pages is a glossary term', () => {
    const files = [...lessons.values()].flatMap((byLevel) =>
      [...byLevel.values()].flatMap((byLang) => [...byLang.values()]),
    );
    // A missing glossary or Q&A file fails here (readMdx throws), not silently skipped.
    for (const lang of LANGS)
      files.push(
        join(ROOT, 'content', 'faq', `${lang}.mdx`),
        join(ROOT, 'content', 'glossary', `${lang}.mdx`),
      );
    const known = new Set<string>(glossaryTerms);
    const problems: string[] = [];
    for (const file of files) {
      const page: MdxPage = readMdx(file);
      for (const tag of page.tags.filter((t) => t.name === 'Term')) {
        const raw = tag.attrs.id ?? '(no id)';
        const id = raw.replace(/^["'{]+|["'}]+$/g, '');
        if (!known.has(id))
          problems.push(`${rel(file)}: <Term id=${raw}> is not in src/data/glossaryTerms.ts`);
      }
    }
    if (problems.length > 0) expect.fail(`\n${problems.join('\n')}`);
  });
});

describe('numbers in prose come from <Num>', () => {
  // 0.786 or 0,786 written into a paragraph cannot follow the page language and is not
  // recomputed when the example changes. Exports, props and math are not prose.
  // A section number after "§" (Goodfellow et al. §6.2.2.3) is a citation, not a quantity.
  const DECIMAL = /(?<![\w.,])(?<!§\s?)\d+[.,]\d+(?![\w])/g;
  for (const [slug, byLevel] of [...lessons].sort(([x], [y]) => x.localeCompare(y))) {
    it(`${slug}: no hand-typed decimals in prose`, () => {
      const problems: string[] = [];
      for (const byLang of byLevel.values()) {
        for (const file of byLang.values()) {
          const prose = proseOf(readMdx(file));
          prose.split('\n').forEach((line, i) => {
            for (const m of line.matchAll(DECIMAL)) {
              problems.push(
                `${rel(file)}: "${m[0]}" in prose (body line ${i + 1}): ${line.trim().slice(0, 100)}`,
              );
            }
          });
        }
      }
      if (problems.length > 0)
        expect.fail(`\nuse <Num value={…} /> instead of typing decimals:\n${problems.join('\n')}`);
    });
  }
});

describe('lesson pages hold prose and components only', () => {
  it('no lesson MDX file computes anything itself (no `export const`; use content/lessons/_shared)', () => {
    const files = [...lessons.values()].flatMap((byLevel) =>
      [...byLevel.values()].flatMap((byLang) => [...byLang.values()]),
    );
    const problems = files
      .filter((f) => readMdx(f).moduleLines.some((l) => l.startsWith('export ')))
      .map(rel);
    expect(problems).toEqual([]);
  });
});
