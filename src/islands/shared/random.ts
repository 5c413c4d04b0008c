/**
 * mulberry32: a tiny seeded PRNG (uniform in [0, 1)), so that sampling islands are
 * reproducible in tests and a shared link replays the same draws.
 * @example const r = seededRandom(1); r(); // 0.6270739405881613
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws an index from a probability vector by inverse CDF; the last positive entry
 * absorbs rounding so the result is always a valid index.
 * @example sampleIndex([0.2, 0.8], 0.5) // 1
 */
export function sampleIndex(probabilities: ArrayLike<number>, u: number): number {
  let acc = 0;
  let last = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i] as number;
    if (p > 0) last = i;
    acc += p;
    if (u < acc) return i;
  }
  return last;
}
