/**
 * A seeded random permutation of 0…n−1 by the Fisher–Yates shuffle (Durstenfeld's form:
 * for i from n−1 down to 1, swap i with j = ⌊u·(i+1)⌋, u drawn from `random`).
 * Deterministic: the same generator state gives the same permutation.
 * @example permutation(5, seededRandom(1)); // a Uint32Array holding 0…4 in a fixed order
 */
export function permutation(n: number, random: () => number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}
