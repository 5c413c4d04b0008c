import { describe, expect, it } from 'vitest';
import { checkIndex, checkLogits, checkTemperature } from '../../../src/islands/shared/checkProps';

describe('island wrapper props', () => {
  it('accept the default and a valid example', () => {
    expect(() => checkLogits('X', undefined, '/p/')).not.toThrow();
    expect(() => checkLogits('X', [2, -1, 0.5], '/p/')).not.toThrow();
    expect(() => checkIndex('X', 'target', 2, 3, '/p/')).not.toThrow();
    expect(() => checkTemperature('X', 0.05, '/p/')).not.toThrow();
  });
  it('fail the build with the island, prop and page named', () => {
    expect(() => checkLogits('LogitPlayground', [1], '/en/a/')).toThrow(/<LogitPlayground logits=\{…\}> on \/en\/a\//);
    expect(() => checkLogits('X', [1, NaN], '/p/')).toThrow();
    expect(() => checkLogits('X', [1, 2000], '/p/')).toThrow();
    expect(() => checkLogits('X', Array(11).fill(0), '/p/')).toThrow();
    expect(() => checkIndex('X', 'target', 3, 3, '/p/')).toThrow(/target/);
    expect(() => checkIndex('X', 'index', 0.5, 3, '/p/')).toThrow();
    expect(() => checkTemperature('X', 0, '/p/')).toThrow();
  });
});
