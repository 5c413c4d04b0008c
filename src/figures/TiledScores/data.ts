/** What happens to one tile of the score matrix while one row of query tiles is processed. */
export type TileStatus = 'done' | 'current' | 'waiting' | 'other';

export interface ScoreTile {
  /** Tile row (query tile) and column (key tile), from 0. */
  readonly row: number;
  readonly col: number;
  readonly status: TileStatus;
}

export interface TiledScoresData {
  /** grid × grid tiles, row by row. */
  readonly tiles: readonly ScoreTile[];
  /** Scores in the full n × n matrix: n². */
  readonly full: number;
  /** Numbers held at once for one query tile: its B × B block of scores and B states of d + 2 numbers. */
  readonly working: number;
  /** Numbers kept for all n queries: n states (m, ℓ, õ) of d + 2 numbers each. */
  readonly states: number;
}

/**
 * The n × n scores of one attention head cut into tiles, while the query tile `at[0]` folds in
 * the key tile `at[1]`: the tiles to its left are done (folded into the states, discarded), the
 * rest of its row waits, the other rows are handled the same way, independently. Also the
 * memory counts for n tokens, tiles of B rows and key dimension d.
 *
 * @example tiledScoresData(4096, 128, 64, 6, [2, 3]).working // 128² + 128 · 66 = 24832
 */
export function tiledScoresData(
  n: number,
  tile: number,
  d: number,
  grid: number,
  at: readonly [number, number],
): TiledScoresData {
  for (const [name, v] of [
    ['n', n],
    ['tile', tile],
    ['d', d],
    ['grid', grid],
  ] as const) {
    if (!Number.isInteger(v) || v < 1)
      throw new RangeError(`tiledScoresData needs a whole ${name} >= 1`);
  }
  if (tile > n) throw new RangeError('tiledScoresData needs tile <= n');
  const [r, c] = at;
  if (!(r >= 0 && r < grid && c >= 0 && c < grid && Number.isInteger(r) && Number.isInteger(c)))
    throw new RangeError('tiledScoresData needs the current tile inside the grid');
  const tiles: ScoreTile[] = [];
  for (let i = 0; i < grid; i++) {
    for (let j = 0; j < grid; j++) {
      const status: TileStatus =
        i !== r ? 'other' : j < c ? 'done' : j === c ? 'current' : 'waiting';
      tiles.push({ row: i, col: j, status });
    }
  }
  return { tiles, full: n * n, working: tile * tile + tile * (d + 2), states: n * (d + 2) };
}
