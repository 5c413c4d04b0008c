/**
 * Russian typography in every interface string (UI dictionary, widget and figure labels): a
 * dash is preceded by a no-break space, so it never starts a line. (Lesson prose gets the same
 * treatment at build time from src/markdown/nbspBeforeDash.ts.)
 */
import { describe, expect, it } from 'vitest';
import { ru } from '../../../src/i18n/ui/ru';

const labelModules = import.meta.glob<Record<string, unknown>>(
  ['../../../src/islands/*/labels.ts', '../../../src/figures/**/labels.ts'],
  { eager: true },
);

function strings(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

describe('ru interface strings', () => {
  const all: [string, string][] = strings(ru, 'ui', []);
  for (const [file, mod] of Object.entries(labelModules))
    for (const [name, value] of Object.entries(mod))
      if (value && typeof value === 'object' && 'ru' in value)
        strings((value as { ru: unknown }).ru, `${file.replace(/^.*src\//, '')}:${name}.ru`, all);

  it('are found (widget and figure labels included)', () => {
    expect(Object.keys(labelModules).length).toBeGreaterThan(30);
    expect(all.length).toBeGreaterThan(500);
  });
  it('put a no-break space, never a plain one, before a dash', () => {
    expect(all.filter(([, s]) => / —/.test(s)).map(([p, s]) => `${p}: ${s}`)).toEqual([]);
  });
});
