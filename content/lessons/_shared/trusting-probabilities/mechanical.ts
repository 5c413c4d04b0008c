/** Computations of "trusting-probabilities", mechanical level: imported by the en, pt and ru pages, so each number is written once. */
import { softmax, argmax, crossEntropy } from '~/lib/math';
export const z = [2, -1, 0.5];
export const z3 = z.map((v) => 3 * v);
export const pA = softmax(z);
export const pB = softmax(z3);
export const preds = [{ z: [4, 1, 0], y: 0 }, { z: [3.5, 0, 1], y: 0 }, { z: [0, 4, 1], y: 1 }, { z: [2.5, 0.5, 0], y: 1 }, { z: [0, 1, 3], y: 2 }, { z: [1, 3.2, 0], y: 0 }, { z: [1.2, 0.6, 0.2], y: 0 }, { z: [0.3, 1, 0.5], y: 2 }];
export const cut = 0.7;
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
  const nll = preds.reduce((a, { z, y }) => a + crossEntropy(z, y, { temperature: T }), 0) / preds.length;
  return { rows, bins, ece, accuracy, meanConf, nll };
};
export const before = evaluate(1);
export const grid = Array.from({ length: 451 }, (_, i) => 0.5 + i / 100);
export const bestT = grid.reduce((b, t) => (evaluate(t).nll < evaluate(b).nll ? t : b), 1);
export const after = evaluate(bestT);
export const r = before.rows;
