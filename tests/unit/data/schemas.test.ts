import { describe, expect, it } from 'vitest';
import { lessonSchema, pageSchema } from '../../../src/data/schemas';

const valid = {
  title: 'Temperature',
  description: 'How T reshapes softmax.',
  order: 3,
  level: 'formal',
};

function messages(input: unknown): string {
  const r = lessonSchema.safeParse(input);
  return r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
}

describe('lesson frontmatter', () => {
  it('accepts a complete frontmatter', () => {
    expect(lessonSchema.safeParse(valid).success).toBe(true);
  });
  it('explains a missing title, description or order', () => {
    expect(messages({ ...valid, title: undefined })).toMatch(/title: title is required/);
    expect(messages({ ...valid, description: undefined })).toMatch(/description is required/);
    expect(messages({ ...valid, order: undefined })).toMatch(/order is required/);
  });
  it('rejects an unknown level, naming the allowed ones', () => {
    expect(messages({ ...valid, level: 'expert' })).toMatch(
      /level must be one of: intuitive, mechanical, formal/,
    );
  });
  it('rejects a non-integer or non-positive order and an empty title', () => {
    expect(messages({ ...valid, order: 1.5 })).not.toBe('');
    expect(messages({ ...valid, order: 0 })).not.toBe('');
    expect(messages({ ...valid, title: '' })).not.toBe('');
  });
  it('checks glossary and Q&A pages too', () => {
    expect(pageSchema.safeParse({ title: 'Glossary', description: 'Terms.' }).success).toBe(true);
    expect(pageSchema.safeParse({ title: 'Glossary' }).success).toBe(false);
  });
});
