import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formulasBefore, proseOf, readMdx } from './mdxTree';

const SOURCE = `---
title: "A: page"
order: 1
---
import { a,
  b as c } from '../../_shared/x/y';

## One $z_1$

Text with 0.5 and <Num value={ p[0] } digits={3} /> then:

$$
x^2
$$

\`\`\`python
# <Fake> $not math$ 2.5
\`\`\`

<Choice id="c1" kind="predict">
  <Option correct>one \`1.5\` [link](https://e.org/3.5)</Option>
</Choice>

### Two
`;

describe('the MDX tree reader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdxtree-'));
  const path = join(dir, 'page.mdx');
  writeFileSync(path, SOURCE);
  const page = readMdx(path);

  it('reads headings, formulas and whole ESM statements (frontmatter is not content)', () => {
    expect(page.headings).toEqual([2, 3]);
    expect(page.headingTexts).toEqual(['One z_1', 'Two']);
    expect(page.formulas).toEqual(['z_1', 'x^2']);
    expect(page.moduleLines).toEqual(["import { a, b as c } from '../../_shared/x/y';"]);
  });

  it('reads components with their props, and not what is inside code', () => {
    expect(page.tags.map((t) => t.name)).toEqual(['Num', 'Choice', 'Option']);
    expect(page.tags[0]?.attrs).toEqual({ value: '{p[0]}', digits: '{3}' });
    expect(page.tags[1]?.attrs).toEqual({ id: '"c1"', kind: '"predict"' });
    expect(page.tags[2]?.attrs).toEqual({ correct: 'true' });
    const choice = page.tags[1];
    expect(SOURCE.slice(choice?.start, choice?.end)).toBe('<Choice id="c1" kind="predict">');
  });

  it('gives the prose without code, props, math or link targets, on the lines of the file', () => {
    const prose = proseOf(page);
    expect(prose).toContain('Text with 0.5 and');
    expect(prose).toContain('link');
    for (const absent of ['2.5', '1.5', '3.5', 'digits', 'x^2', 'Fake', 'import'])
      expect(prose).not.toContain(absent);
    const line = SOURCE.split('\n').findIndex((l) => l.startsWith('Text with'));
    expect(prose.split('\n')[line]).toContain('Text with 0.5');
  });

  it('answers "before this point" queries', () => {
    const at = page.tags[1]?.start ?? 0;
    expect(formulasBefore(page, at)).toEqual(['z_1', 'x^2']);
    expect(formulasBefore(page, SOURCE.indexOf('Text with'))).toEqual(['z_1']);
    expect(proseOf(page, SOURCE.indexOf('Text with') + 5)).not.toContain('0.5');
  });
});
