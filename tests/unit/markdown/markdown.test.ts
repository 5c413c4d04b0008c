import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { failOnMathErrors } from '../../../src/markdown/failOnMathErrors';
import { makeDisplayMathFocusable } from '../../../src/markdown/focusableDisplayMath';
import { woff2Only } from '../../../src/markdown/katexFonts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

describe('failOnMathErrors', () => {
  it('throws, naming the file, when rehype-katex reported an error', () => {
    const file = new VFile({ path: 'content/lessons/en/x/formal.mdx' });
    const msg = file.message('Could not render math with KaTeX', {
      source: 'rehype-katex',
      ruleId: 'parseerror',
    });
    msg.line = 12;
    expect(() => failOnMathErrors()({}, file)).toThrow(
      /KaTeX could not render 1 formula\(s\) in content\/lessons\/en\/x\/formal\.mdx/,
    );
  });
  it('lets other messages through', () => {
    const file = new VFile({ path: 'a.mdx' });
    file.message('something else', { source: 'remark-lint' });
    expect(() => failOnMathErrors()({}, file)).not.toThrow();
  });
});

describe('makeDisplayMathFocusable', () => {
  it('adds tabindex=0 to every .katex-display, and nothing else', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['katex-display'] },
          children: [],
        },
        { type: 'element', tagName: 'span', properties: { className: ['katex'] }, children: [] },
      ],
    };
    makeDisplayMathFocusable(tree);
    expect(tree.children[0]?.properties).toMatchObject({ tabIndex: 0 });
    expect(tree.children[1]?.properties).not.toHaveProperty('tabIndex');
  });
});

describe('woff2Only', () => {
  it('removes every woff and ttf source from the real KaTeX stylesheet', () => {
    const require = createRequire(import.meta.url);
    const css = readFileSync(require.resolve('katex/dist/katex.min.css'), 'utf8');
    expect(css).toMatch(/\.ttf/);
    const out = woff2Only(css);
    expect(out).not.toMatch(/\.woff\)|\.ttf/);
    expect((out.match(/@font-face/g) ?? []).length).toBe((css.match(/@font-face/g) ?? []).length);
    expect((out.match(/\.woff2/g) ?? []).length).toBe((css.match(/\.woff2/g) ?? []).length);
  });
});

describe('KaTeX versions', () => {
  it('ships the stylesheet of the same KaTeX that rehype-katex renders with', () => {
    // rehype-katex brings its own katex dependency; a different top-level katex would ship a
    // stylesheet whose class names do not match the rendered HTML (0.19 renamed base/strut).
    const require = createRequire(import.meta.url);
    const shipped = require('katex/package.json').version as string;
    const rehypeDir = require.resolve('rehype-katex').replace(/[\\/]index\.js$/, '');
    const used = createRequire(`${rehypeDir}/`)('katex/package.json').version as string;
    expect(shipped).toBe(used);
  });
});
