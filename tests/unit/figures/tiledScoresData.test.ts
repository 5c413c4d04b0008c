import { describe, expect, it } from 'vitest';
import { tiledScoresData } from '../../../src/figures/TiledScores/data';

describe('tiledScoresData', () => {
  const t = tiledScoresData(4096, 128, 64, 6, [2, 3]);

  it('draws grid × grid tiles, row by row', () => {
    expect(t.tiles).toHaveLength(36);
    expect(t.tiles[7]).toEqual({ row: 1, col: 1, status: 'other' });
  });

  it('in the current row, the tiles left of the current one are done and the rest wait', () => {
    const row = t.tiles.filter((x) => x.row === 2).map((x) => x.status);
    expect(row).toEqual(['done', 'done', 'done', 'current', 'waiting', 'waiting']);
    expect(t.tiles.filter((x) => x.status === 'current')).toHaveLength(1);
  });

  it('counts n² scores, B² + B(d + 2) numbers per query tile and n(d + 2) numbers of state', () => {
    expect(t.full).toBe(16777216);
    expect(t.working).toBe(128 * 128 + 128 * 66);
    expect(t.states).toBe(4096 * 66);
    expect(t.working).toBeLessThan(t.full / 100);
  });

  it('rejects non-integer or non-positive sizes, a tile larger than n and a tile outside the grid', () => {
    expect(() => tiledScoresData(0, 1, 1, 2, [0, 0])).toThrow(RangeError);
    expect(() => tiledScoresData(8, 2.5, 1, 2, [0, 0])).toThrow(RangeError);
    expect(() => tiledScoresData(8, 16, 1, 2, [0, 0])).toThrow(RangeError);
    expect(() => tiledScoresData(8, 2, 1, 2, [2, 0])).toThrow(RangeError);
    expect(() => tiledScoresData(8, 2, 1, 2, [0, -1])).toThrow(RangeError);
  });
});
