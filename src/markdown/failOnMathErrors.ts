/**
 * rehype-katex reports a TeX error as a vfile message and renders the source in red
 * (see rehype-katex/lib/index.js): the build would succeed with broken math. This plugin
 * runs after it and turns any such message into a build failure that names the file.
 */
import type { VFile } from 'vfile';

export function failOnMathErrors() {
  return (_tree: unknown, file: VFile): void => {
    const errors = file.messages.filter(
      (m) => m.source === 'rehype-katex' || m.ruleId === 'rehype-katex',
    );
    if (errors.length > 0) {
      const where = file.path ?? 'a Markdown file';
      const details = errors.map((m) => `  line ${m.line ?? '?'}: ${m.reason}`).join('\n');
      throw new Error(
        `KaTeX could not render ${errors.length} formula(s) in ${where}:\n${details}`,
      );
    }
  };
}
