/** axe-core in the page, reported as one readable line per violation. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * The violations axe finds in the page (or in the parts matching `include`): by default only the
 * serious and critical ones; `all: true` reports every impact (for widgets, which must be spotless).
 */
export async function axeViolations(
  page: Page,
  { include, all = false }: { include?: string | string[]; all?: boolean } = {},
): Promise<string[]> {
  // Legacy mode: axe runs in the page itself. The default runs it per frame and then opens a
  // new blank page to merge the frames' results, which doubles the time of every run; the site
  // has no frames (tests/dist/built.test.ts checks that no page has an <iframe>), so the
  // results are the same.
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  for (const selector of [include ?? []].flat()) builder.include(selector);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => all || v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${new URL(page.url()).pathname}: ${v.id} (${v.impact}) ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}
