import { describe, expect, it } from 'vitest';
import { softmax, softmaxJacobian } from '../../../src/lib/math';
import { jacobianSpectrumData } from '../../../src/figures/JacobianSpectrum/data';

/** The determinant of a 3 × 3 matrix: det(J − λI) = 0 checks that λ is an eigenvalue. */
const det3 = (m: readonly (readonly number[])[]) =>
  m[0]![0]! * (m[1]![1]! * m[2]![2]! - m[1]![2]! * m[2]![1]!) -
  m[0]![1]! * (m[1]![0]! * m[2]![2]! - m[1]![2]! * m[2]![0]!) +
  m[0]![2]! * (m[1]![0]! * m[2]![1]! - m[1]![1]! * m[2]![0]!);

describe('jacobianSpectrumData', () => {
  const z = [2, -1, 0.5];
  const d = jacobianSpectrumData(z);

  it('J is the library Jacobian at the library softmax', () => {
    expect(d.p).toEqual(softmax(z));
    expect(d.J).toEqual(softmaxJacobian(softmax(z)));
  });

  it('every eigenvalue is a root of det(J − λI)', () => {
    for (const l of d.eigenvalues) {
      const shifted = d.J.map((row, i) => row.map((v, j) => (i === j ? v - l : v)));
      expect(Math.abs(det3(shifted))).toBeLessThan(1e-15);
    }
  });

  it('the smallest eigenvalue is 0 and the rank is n − 1', () => {
    expect(d.eigenvalues[0]).toBe(0);
    expect(d.rank).toBe(2);
  });

  it('the eigenvalues add up to the trace 1 − ‖p‖²', () => {
    const sum = d.eigenvalues.reduce((a, v) => a + v, 0);
    expect(sum).toBeCloseTo(d.trace, 14);
    expect(d.trace).toBeCloseTo(1 - d.p.reduce((a, q) => a + q * q, 0), 14);
  });

  it('the non-zero eigenvalues interlace with the sorted probabilities and stay ≤ 1/2', () => {
    const [p1, p2, p3] = d.sortedP as [number, number, number];
    expect(d.eigenvalues[1]).toBeGreaterThan(p1);
    expect(d.eigenvalues[1]).toBeLessThan(p2);
    expect(d.eigenvalues[2]).toBeGreaterThan(p2);
    expect(d.eigenvalues[2]).toBeLessThan(p3);
    expect(d.eigenvalues[2]).toBeLessThanOrEqual(0.5);
  });

  it('two equal logits give the eigenvalues 0 and 1/2', () => {
    expect(jacobianSpectrumData([0, 0]).eigenvalues).toEqual([0, 0.5]);
  });

  it('a tied probability is itself an eigenvalue', () => {
    const t = jacobianSpectrumData([1, 0, 0]);
    expect(t.eigenvalues[1]).toBe(t.p[1]);
    expect(t.eigenvalues.reduce((a, v) => a + v, 0)).toBeCloseTo(t.trace, 14);
  });

  it('rejects a single logit and a probability that underflows to 0', () => {
    expect(() => jacobianSpectrumData([1])).toThrow(RangeError);
    expect(() => jacobianSpectrumData([0, -1000])).toThrow(RangeError);
  });
});
