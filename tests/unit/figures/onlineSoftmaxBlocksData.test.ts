import { describe, expect, it } from 'vitest';
import {
  logSumExp,
  mergeSoftmaxStates,
  onlineSoftmaxWeightedSum,
  softmax,
  softmaxState,
} from '../../../src/lib/math';
import { onlineSoftmaxBlocksData } from '../../../src/figures/OnlineSoftmaxBlocks/data';

describe('onlineSoftmaxBlocksData', () => {
  const x = [1, 3, 2, 5, 4, 0];
  const v = [2, -1, 0, 3, 1, 4];
  const d = onlineSoftmaxBlocksData(x, 2, v);

  it('cuts the scores into blocks of the given size, the last one possibly shorter', () => {
    expect(d.blocks.map((b) => b.scores)).toEqual([
      [1, 3],
      [2, 5],
      [4, 0],
    ]);
    expect(d.blocks.map((b) => b.start)).toEqual([0, 2, 4]);
    expect(onlineSoftmaxBlocksData(x, 4).blocks.map((b) => b.scores)).toEqual([
      [1, 3, 2, 5],
      [4, 0],
    ]);
    expect(d.blocks.map((b) => b.top)).toEqual([1, 1, 0]);
  });

  it('keeps the running maximum and sum of the library merge after each block', () => {
    let s = { m: -Infinity, l: 0 };
    for (const b of d.blocks) {
      expect(b.before).toEqual(s);
      s = mergeSoftmaxStates(s, softmaxState(b.scores));
      expect(b.after).toEqual(s);
    }
    expect(d.blocks.map((b) => b.after.m)).toEqual([3, 5, 5]);
    expect(d.blocks[0]!.after.l).toBeCloseTo(1 + Math.exp(-2), 14);
  });

  it('rescales the old sum by e^(m_old − m_new): e^−2 when 5 beats 3, 1 when the maximum stays', () => {
    expect(d.blocks[0]!.factor).toBe(0);
    expect(d.blocks[1]!.factor).toBeCloseTo(Math.exp(-2), 15);
    expect(d.blocks[2]!.factor).toBe(1);
    for (const b of d.blocks) expect(b.oldPart + b.newPart).toBeCloseTo(b.after.l, 13);
    expect(d.blocks[2]!.newPart).toBeCloseTo(Math.exp(-1) * (1 + Math.exp(-4)), 14);
  });

  it('ends with the two-pass state and the two-pass softmax', () => {
    expect(d.final.m).toBe(d.twoPass.m);
    expect(d.final.l).toBeCloseTo(d.twoPass.l, 13);
    expect(d.final.m + Math.log(d.final.l)).toBeCloseTo(logSumExp(x), 13);
    d.p.forEach((p, i) => expect(p).toBeCloseTo(softmax(x)[i]!, 14));
    expect(d.pTwoPass).toEqual(softmax(x));
  });

  it('the running output is the weighted sum over the scores seen so far, and ends at the two-pass one', () => {
    expect(d.blocks[0]!.output).toBeCloseTo(
      softmax([1, 3]).reduce((s, p, i) => s + p * v[i]!, 0),
      14,
    );
    expect(d.blocks[2]!.output).toBe(d.output);
    expect(d.output).toBe(
      onlineSoftmaxWeightedSum(
        x,
        v.map((a) => [a]),
        2,
      )[0],
    );
    expect(d.output).toBeCloseTo(d.outputTwoPass!, 13);
  });

  it('without values there is no output', () => {
    const n = onlineSoftmaxBlocksData(x, 3);
    expect(n.output).toBeUndefined();
    expect(n.blocks.every((b) => b.output === undefined)).toBe(true);
  });

  it('rejects no scores, non-finite scores, a bad block size and mismatched values', () => {
    expect(() => onlineSoftmaxBlocksData([], 2)).toThrow(RangeError);
    expect(() => onlineSoftmaxBlocksData([1, Infinity], 2)).toThrow(RangeError);
    expect(() => onlineSoftmaxBlocksData(x, 0)).toThrow(RangeError);
    expect(() => onlineSoftmaxBlocksData(x, 1.5)).toThrow(RangeError);
    expect(() => onlineSoftmaxBlocksData(x, 2, [1, 2])).toThrow(RangeError);
  });
});
