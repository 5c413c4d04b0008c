/**
 * Executes the one-line `@example` lines of a source folder's JSDoc ("call(); // result") and checks
 * each documented result, so the documentation cannot drift from the code. Used for src/lib/math and
 * src/lib/numbers. `modules` is that folder's `import.meta.glob(..., { eager: true })`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

export function describeJsdocExamples(
  SRC: URL,
  modules: Record<string, Record<string, unknown>>,
  minExamples: number,
): void {
  const files = readdirSync(SRC, { encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const scope: Record<string, unknown> = {};
  for (const m of Object.values(modules)) Object.assign(scope, m);
  const names = Object.keys(scope);
  const evaluate = (expr: string): unknown =>
    new Function(...names, `return (${expr});`)(...names.map((n) => scope[n]));
  const same = (a: unknown, b: unknown): boolean => {
    if (typeof a === 'number' && typeof b === 'number')
      return a === b || (Number.isNaN(a) && Number.isNaN(b));
    if (Array.isArray(a) && Array.isArray(b))
      return a.length === b.length && a.every((x, i) => same(x, b[i]));
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
      const ka = Object.keys(a);
      return (
        ka.length === Object.keys(b).length &&
        ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      );
    }
    return a === b;
  };
  const examples: { file: string; call: string; result: string }[] = [];
  for (const f of files) {
    const text = readFileSync(new URL(f, SRC), 'utf8');
    for (const m of text.matchAll(/^\s*\* (\w+\(.*\)(?: === \w+)?); \/\/ (.+)$/gmu)) {
      examples.push({ file: f, call: m[1]!, result: m[2]!.replace(/\s+\([^)]*\)$/u, '') });
    }
  }
  test('finds the one-line @example results to check', () => {
    expect(examples.length).toBeGreaterThan(minExamples);
  });
  test.each(examples.map((e) => [`${e.file}: ${e.call} → ${e.result}`, e] as const))(
    '%s',
    (_, e) => {
      const thrown = /^throws (\w+)$/u.exec(e.result);
      if (thrown) {
        expect(() => evaluate(e.call)).toThrow(
          (scope[thrown[1]!] as ErrorConstructor | undefined) ??
            ((globalThis as Record<string, unknown>)[thrown[1]!] as ErrorConstructor),
        );
        return;
      }
      const actual = evaluate(e.call);
      const expected = evaluate(e.result);
      expect(same(actual, expected), `${JSON.stringify(actual)} vs documented ${e.result}`).toBe(
        true,
      );
    },
  );
}
