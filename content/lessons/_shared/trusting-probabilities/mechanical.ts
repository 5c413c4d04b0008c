/** Computations of "trusting-probabilities", mechanical level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, argmax, crossEntropy } from '~/lib/math';
import { checkKey, printed } from '~/components/content/checkKey';
import { labBins, labTest, labTripledLogits } from './lab';
export const z = [2, -1, 0.5];
export const z3 = z.map((v) => 3 * v);
export const pA = softmax(z);
export const pB = softmax(z3);
export const preds = [
  { z: [4, 1, 0], y: 0 },
  { z: [3.5, 0, 1], y: 0 },
  { z: [0, 4, 1], y: 1 },
  { z: [2.5, 0.5, 0], y: 1 },
  { z: [0, 1, 3], y: 2 },
  { z: [1, 3.2, 0], y: 0 },
  { z: [1.2, 0.6, 0.2], y: 0 },
  { z: [0.3, 1, 0.5], y: 2 },
];
/** Boundary between the two bins. At 0.6 no prediction changes bin under the fitted temperature, so the ECE before and after is computed on the same bins. */
export const cut = 0.6;
export const evaluate = (T: number) => {
  const rows = preds.map(({ z, y }) => {
    const p = softmax(z, { temperature: T });
    const k = argmax(p);
    return { conf: p[k], pred: k, ok: k === y ? 1 : 0 };
  });
  const bin = (lo: number, hi: number) => {
    const r = rows.filter((x) => x.conf > lo && x.conf <= hi);
    const acc = r.reduce((a, x) => a + x.ok, 0) / r.length;
    const conf = r.reduce((a, x) => a + x.conf, 0) / r.length;
    return { n: r.length, acc, conf, gap: Math.abs(acc - conf) };
  };
  const bins = [bin(0, cut), bin(cut, 1)];
  const ece = bins.reduce((a, b) => a + (b.n / rows.length) * b.gap, 0);
  const accuracy = rows.reduce((a, x) => a + x.ok, 0) / rows.length;
  const meanConf = rows.reduce((a, x) => a + x.conf, 0) / rows.length;
  const nll =
    preds.reduce((a, { z, y }) => a + crossEntropy(z, y, { temperature: T }), 0) / preds.length;
  return { rows, bins, ece, accuracy, meanConf, nll };
};
export const before = evaluate(1);
export const grid = Array.from({ length: 451 }, (_, i) => 0.5 + i / 100);
export const bestT = grid.reduce((b, t) => (evaluate(t).nll < evaluate(b).nll ? t : b), 1);
export const after = evaluate(bestT);
export const r = before.rows;

/** ECE of predictions given by confidence and correctness (1/0), with the two bins split at `cut`. */
const eceOf = (conf: readonly number[], ok: readonly number[]) => {
  const gapOf = (inBin: (c: number) => boolean) => {
    const idx = conf.map((c, i) => (inBin(c) ? i : -1)).filter((i) => i >= 0);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    return (
      (idx.length / conf.length) *
      Math.abs(mean(idx.map((i) => ok[i])) - mean(idx.map((i) => conf[i])))
    );
  };
  return gapOf((c) => c <= cut) + gapOf((c) => c > cut);
};
/**
 * Check "what is the ECE before temperature scaling": from the predictions table (confidences
 * printed with 3 digits), from the bins table (accuracy and confidence, or the gap, with 4 digits),
 * or read off the formula.
 */
export const eceKey = checkKey(
  {
    conf: printed(
      before.rows.map((x) => x.conf),
      3,
    ),
    ok: printed(
      before.rows.map((x) => x.ok),
      0,
    ),
  },
  ({ conf, ok }) => eceOf(conf, ok),
)
  .or(
    {
      n: printed(
        before.bins.map((b) => b.n),
        0,
      ),
      acc: printed(
        before.bins.map((b) => b.acc),
        4,
      ),
      conf: printed(
        before.bins.map((b) => b.conf),
        4,
      ),
    },
    ({ n, acc, conf }) =>
      (n[0] * Math.abs(acc[0] - conf[0]) + n[1] * Math.abs(acc[1] - conf[1])) / preds.length,
  )
  .or(
    {
      n: printed(
        before.bins.map((b) => b.n),
        0,
      ),
      gap: printed(
        before.bins.map((b) => b.gap),
        4,
      ),
    },
    ({ n, gap }) => (n[0] * gap[0] + n[1] * gap[1]) / preds.length,
  )
  .or({ ece: printed(before.ece, 4) }, ({ ece }) => ece);

/** Check yourself, "new-temp": new logits, true class 2, at T = 1 and T = 2 (chosen so that no answer is printed by the real reliability diagram above it). */
export const exZ = [3, 0.5, 0.2];
export const exT = 2;
export const exP1 = softmax(exZ);
export const exP2 = softmax(exZ, { temperature: exT });
export const exLoss = crossEntropy(exZ, 1, { temperature: exT });
/** Check yourself, "ece-new": four new predictions, confidence and correctness (1/0), same two bins. */
export const exConf = [0.9, 0.8, 0.7, 0.55];
export const exOk = [1, 0, 1, 1];
const exHigh = [0, 1, 2];
export const exHighGap = Math.abs(
  exHigh.reduce((a, i) => a + exOk[i], 0) / 3 - exHigh.reduce((a, i) => a + exConf[i], 0) / 3,
);
export const exLowGap = Math.abs(exOk[3] - exConf[3]);
export const exEce = (1 / 4) * exLowGap + (3 / 4) * exHighGap;

export {
  labLinear,
  labHidden,
  tripleFactor,
  labTripled,
  labTestCount,
  labValidationCount,
  labBins,
} from './lab';
/** The reliability diagram of the tripled model on the test digits: its logits, the labels, the lab's 15 bins. */
export const labTripledPreds = Array.from({ length: labTest.count }, (_, i) => ({
  z: Array.from(labTripledLogits.subarray(i * 10, i * 10 + 10)),
  y: labTest.labels[i],
}));
export const labEdges = Array.from({ length: labBins + 1 }, (_, i) => i / labBins);
export const labTicks = [0, 0.2, 0.4, 0.6, 0.8, 1];
