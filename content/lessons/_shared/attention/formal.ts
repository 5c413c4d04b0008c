/** Computations of "attention", formal level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, softmaxJacobian } from '~/lib/math';
export const u = [1, 0.5, 0];
export const dims = [1, 16, 64];
export const rows = dims.map((n) => softmax(u.map((v) => Math.sqrt(n) * v)));
export const jmax = rows.map((p) =>
  Math.max(
    ...softmaxJacobian(p)
      .flat()
      .map((v) => Math.abs(v)),
  ),
);
export const s = [1, 2];
export const pm = softmax([s[0], s[1], -Infinity]);
export const p2 = softmax([s[0], s[1]]);
/** Check yourself, "pair-new": a query and two keys of dimension 4. */
export const exQ = [1, 1, 0, 2];
export const exK = [
  [1, 0, 1, 1],
  [0, 0, 1, 0],
];
export const exD = 4;
export const exScores = exK.map((k) => k.reduce((a, v, i) => a + v * exQ[i], 0));
export const exW = softmax(exScores.map((v) => v / Math.sqrt(exD)))[0];
export const exWraw = softmax(exScores)[0];

/** The widget: a 3 × 3 matrix of raw scores whose rows, divided by √d for d = 64, are shifts of u. */
export const widgetD = 64;
export const widgetScores = [0, 1, 2].map((r) =>
  u.map((_, j) => Math.sqrt(widgetD) * u[(j - r + u.length) % u.length]),
);

/** Multi-head attention in the base model of Vaswani et al. (2017): width 512, 8 heads of 64. */
export const dModel = 512;
export const heads = 8;
export const dHead = dModel / heads;

/** The kernel view: with keys of equal norm, exp(q·k/√d_k) is a Gaussian kernel of variance √d_k. */
export const bandwidth = Math.sqrt(Math.sqrt(dHead));

/** The cost of one head for a sequence of n tokens, float32 (4 bytes a number), 1 MiB = 2^20 bytes. */
export const costN = 4096;
const MIB = 2 ** 20;
export const costScores = costN * costN;
export const costMiB = (4 * costScores) / MIB;
export const costQkvMiB = (4 * 3 * costN * dHead) / MIB;
export const costMacs = costScores * dHead;
/** A layer's scores and weighted sums (2n²d_model) against its four projections (4n·d_model²). */
export const quadOverProj = (2 * costN * costN * dModel) / (4 * costN * dModel * dModel);
/** Choice "heads-cost": the scores of a whole layer, 8 heads of 64 against one head of 512. */
export const layerMiB = heads * costMiB;
export const layerMacs = heads * costScores * dHead;
