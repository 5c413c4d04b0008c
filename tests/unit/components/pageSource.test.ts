import { describe, expect, it } from 'vitest';
import {
  commitDate,
  editBase,
  editUrl,
  formatDay,
  lastCommit,
  lessonSource,
} from '../../../src/components/pageSource';

describe('editBase', () => {
  it('is undefined when unset or blank', () => {
    expect(editBase(undefined)).toBeUndefined();
    expect(editBase('')).toBeUndefined();
    expect(editBase('  ')).toBeUndefined();
  });
  it('keeps an http(s) address and ends it with a slash', () => {
    expect(editBase('https://github.com/o/r/edit/main/')).toBe('https://github.com/o/r/edit/main/');
    expect(editBase(' https://github.com/o/r/edit/main ')).toBe(
      'https://github.com/o/r/edit/main/',
    );
  });
  it('fails the build on an address that is not one', () => {
    expect(() => editBase('github.com/o/r')).toThrow(/EDIT_BASE_URL/);
    expect(() => editBase('javascript:alert(1)')).toThrow(/EDIT_BASE_URL/);
  });
});

describe('editUrl', () => {
  it('appends the repository path of the lesson file', () => {
    expect(
      editUrl(lessonSource('ru', 'derivative', 'mechanical'), 'https://github.com/o/r/edit/main/'),
    ).toBe('https://github.com/o/r/edit/main/content/lessons/ru/derivative/mechanical.mdx');
  });
  it('is undefined without a base', () => {
    expect(editUrl('content/x.mdx', undefined)).toBeUndefined();
  });
});

describe('commitDate', () => {
  it('accepts what git log --format=%cI prints', () => {
    expect(commitDate('2026-03-05T14:07:11+01:00\n')).toBe('2026-03-05T14:07:11+01:00');
    expect(commitDate('2026-03-05T14:07:11Z')).toBe('2026-03-05T14:07:11Z');
  });
  it('rejects nothing, error text and impossible dates', () => {
    expect(commitDate('')).toBeUndefined();
    expect(commitDate('fatal: not a git repository')).toBeUndefined();
    expect(commitDate('2026-13-45T99:99:99+01:00')).toBeUndefined();
  });
});

describe('lastCommit', () => {
  it('is undefined for a file without history (and never throws)', () => {
    expect(lastCommit('content/lessons/xx/no-such-lesson/formal.mdx')).toBeUndefined();
  });
  // The tests run in a git checkout (npm test, .ci/run's clone).
  it('is the ISO date of the last commit of a committed file', () => {
    const date = lastCommit('package.json');
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(Date.parse(date ?? '')).toBeLessThanOrEqual(Date.now() + 60_000);
  });
});

describe('formatDay', () => {
  const iso = '2026-03-05T23:30:00-03:00';
  it('writes the commit day in the page language (long style)', () => {
    expect(formatDay(iso, 'en')).toBe('March 5, 2026');
    expect(formatDay(iso, 'pt-BR')).toBe('5 de março de 2026');
    expect(formatDay(iso, 'ru')).toBe('5 марта 2026 г.');
  });
  it('keeps the day the commit was made, whatever the build machine time zone', () => {
    expect(formatDay('2026-01-01T00:30:00+14:00', 'en')).toBe('January 1, 2026');
    expect(formatDay('2025-12-31T23:30:00-12:00', 'en')).toBe('December 31, 2025');
  });
});
