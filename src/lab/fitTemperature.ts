import { meanCrossEntropy } from './meanCrossEntropy';

/**
 * Temperature scaling (Guo et al., 2017): the T > 0 that minimises the mean cross-entropy
 * (negative log-likelihood) of softmax(z / T) on held-out logits, found by golden-section
 * search on log T over [1/20, 20] (the NLL is unimodal in T here) to a relative precision of
 * about 1e-6. Deterministic. Fit it on validation digits, never on the test digits.
 * @example const T = fitTemperature(validationLogits, validationLabels); // e.g. 1.4
 */
export function fitTemperature(
  logits: Float64Array,
  labels: ArrayLike<number>,
  classes = 10,
): number {
  const nll = (logT: number) => meanCrossEntropy(logits, labels, classes, Math.exp(logT));
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = Math.log(1 / 20);
  let b = Math.log(20);
  let c = b - phi * (b - a);
  let d = a + phi * (b - a);
  let fc = nll(c);
  let fd = nll(d);
  while (b - a > 1e-6) {
    if (fc <= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - phi * (b - a);
      fc = nll(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + phi * (b - a);
      fd = nll(d);
    }
  }
  return Math.exp((a + b) / 2);
}
