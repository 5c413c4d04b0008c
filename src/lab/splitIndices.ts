import { seededRandom } from '../islands/shared/random';
import { permutation } from './permutation';

/** Sizes of the lab's three sets, drawn from the `mnist` package's 10,000 digits. */
export interface SplitSizes {
  train: number;
  validation: number;
  test: number;
}

/**
 * Positions of each set's digits in the `mnist` package's canonical order (class 0's digits in
 * file order, then class 1's, …; see scripts/lab/readMnist.ts), in shuffled order.
 */
export interface Split {
  train: Uint32Array;
  validation: Uint32Array;
  test: Uint32Array;
}

/** The lab's recorded split: 7,000 training, 1,000 validation and 2,000 test digits, seed 14. */
export const LAB_SPLIT = {
  total: 10_000,
  seed: 14,
  sizes: { train: 7000, validation: 1000, test: 2000 },
} as const;

/** How many training digits the browser gets: the first 5,000 of the (shuffled) training set. */
export const BROWSER_TRAIN_DIGITS = 5000;

/**
 * A fixed, seeded split: one permutation of 0…total−1 (Fisher–Yates driven by mulberry32 with
 * `seed`), whose first `train` entries are the training set, the next `validation` the
 * validation set and the next `test` the test set. Each set keeps the shuffled order, so any
 * prefix of it (e.g. the first 5,000 training digits) is itself a random sample. Throws a RangeError if the sizes exceed total.
 * @example splitIndices(10, { train: 6, validation: 2, test: 2 }, 1).test.length; // 2
 */
export function splitIndices(total: number, sizes: SplitSizes, seed: number): Split {
  const { train, validation, test } = sizes;
  if (train + validation + test > total) {
    throw new RangeError(
      `splitIndices: ${train} + ${validation} + ${test} digits exceed the ${total} available`,
    );
  }
  const order = permutation(total, seededRandom(seed));
  const part = (from: number, size: number) => order.slice(from, from + size);
  return {
    train: part(0, train),
    validation: part(train, validation),
    test: part(train + validation, test),
  };
}
