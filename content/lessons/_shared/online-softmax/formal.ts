/** Computations of "online-softmax", formal level: imported by the en, pt and ru pages, so each number is written once. */
import {
  logSumExp,
  mergeSoftmaxStates,
  mulberry32,
  roundToFloat32,
  softmaxState,
} from '~/lib/math';

/** The running example, split two ways. */
export const x = [1, 3, 2, 5, 4, 0];
export const v = [2, -1, 0, 3, 1, 4];
export const sA = softmaxState(x.slice(0, 2));
export const sB = softmaxState(x.slice(2, 4));
export const sC = softmaxState(x.slice(4, 6));
export const left = mergeSoftmaxStates(mergeSoftmaxStates(sA, sB), sC);
export const right = mergeSoftmaxStates(sA, mergeSoftmaxStates(sB, sC));
export const lse = logSumExp(x);

/** Memory of one attention head: the n × n scores versus the n states (m, ℓ, õ) of size d + 2. */
export const n = 4096;
export const d = 64;
export const nSquared = n * n;
export const nStates = n * (d + 2);
export const ratio = nSquared / nStates;

/**
 * Floating point: ℓ of N seeded scores in float32, accumulated online element by element,
 * online in blocks of 64 (float32 inside each block), element by element on the sorted scores
 * (a new maximum at every step), and in two passes (a float32 running sum),
 * against the exact float64 value; relative errors in units of u = 2^−24.
 */
export const N = 4096;
const rng = mulberry32(2026);
export const scores = Array.from({ length: N }, () => 8 * rng() - 4);
const f = roundToFloat32;
const exact = softmaxState(scores);
export const u = 2 ** -24;

function online32(xs: readonly number[], size: number): { m: number; l: number } {
  let m = -Infinity;
  let l = 0;
  for (let b = 0; b < N; b += size) {
    const part = xs.slice(b, b + size).map(f);
    const mb = Math.max(...part);
    let lb = 0;
    for (const s of part) lb = f(lb + f(Math.exp(f(s - mb))));
    const mNew = Math.max(m, mb);
    const a = m === -Infinity ? 0 : f(l * f(Math.exp(f(m - mNew))));
    l = f(a + f(lb * f(Math.exp(f(mb - mNew)))));
    m = mNew;
  }
  return { m, l };
}
function twoPass32(): number {
  const m = Math.max(...scores.map(f));
  let l = 0;
  for (const s of scores) l = f(l + f(Math.exp(f(f(s) - m))));
  return l;
}
const rel = (l: number) => Math.abs(l - exact.l) / exact.l / u;
export const errOne = rel(online32(scores, 1).l);
export const err64 = rel(online32(scores, 64).l);
/** The same scores sorted in increasing order: the maximum grows at every step, so ℓ is rescaled every time. */
export const errRising = rel(
  online32(
    [...scores].sort((a, b) => a - b),
    1,
  ).l,
);
export const errTwo = rel(twoPass32());

/** Check yourself, "three-tiles": three tiles' states, merged. */
export const tiles = [
  { m: 1, l: 2 },
  { m: 4, l: 1.5 },
  { m: 3, l: 1.25 },
];
export const tilesMerged = tiles.reduce((a, b) => mergeSoftmaxStates(a, b), { m: -Infinity, l: 0 });
export const tilesL = tilesMerged.l;
export const tilesLse = tilesMerged.m + Math.log(tilesMerged.l);
/** The weight of the score 4 (the maximum of tile 2): e^0 / ℓ. */
export const tilesTop = 1 / tilesMerged.l;

/** The two groupings of the example's blocks, in float64: their ℓ differ by this many units in the last place (ℓ is in [1, 2), where one ulp is 2^−52). */
export const ulpGap = Math.abs(left.l - right.l) / 2 ** -52;
/** The merged states of the example, for the table: (A ⊕ B) and the three blocks. */
export const sAB = mergeSoftmaxStates(sA, sB);
/** Rows per tile in the tiling figure (a typical FlashAttention block size). */
export const tile = 128;
