/**
 * A source of uniform random numbers in [0, 1), such as the function returned
 * by {@link mulberry32} (or Math.random, which is not reproducible).
 *
 * @example
 * sampleCategorical([0.5, 0.5], mulberry32(42)); // 1
 */
export type Rng = () => number;

/**
 * A small seeded pseudo-random generator (Mulberry32, by Tommy Ettinger): the
 * same seed always gives the same sequence, so a sampling widget or a test
 * can be replayed exactly. Each call returns x / 2^32 for a 32-bit output x,
 * i.e. a multiple of 2^−32 in [0, 1) (0 is possible, 1 is not).
 *
 * The seed is an integer, taken modulo 2^32 (−1 and 4294967295 are the same
 * seed). The state is 32 bits, so the period is 2^32 and every 32-bit output
 * occurs once per period; it passes the common statistical batteries (gjrand,
 * PractRand to 2^32 bytes) but is not cryptographic. It is the well-known
 * JavaScript one-liner, with the same outputs. Throws a RangeError for a
 * seed that is not an integer.
 *
 * @example
 * mulberry32(42)(); // 0.6011037519201636
 * mulberry32(-1)() === mulberry32(4294967295)(); // true
 * mulberry32(0.5); // throws RangeError
 */
export function mulberry32(seed: number): Rng {
  if (!Number.isInteger(seed)) {
    throw new RangeError(`seed must be an integer, got ${String(seed)}`);
  }
  let a = seed | 0; // ToInt32 is exact modulo 2^32, also for |seed| ≥ 2^53
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
