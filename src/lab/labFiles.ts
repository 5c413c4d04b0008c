/**
 * URLs of the lab's shipped files. Vite copies each into the build as a content-hashed asset
 * (`_astro/<name>.<hash>.bin`, base-path aware) and this module holds only the URL strings,
 * so the bytes are fetched when a widget asks for them (when a reader opens the lab), never
 * with the page's JavaScript. `no-inline` keeps Vite from turning a file into a base64 data URL
 * inside the JavaScript (it would for files under 4 KB, and always in library mode). Decode
 * with decodeNetwork / decodeDigits.
 */
import hidden84Url from './assets/hidden-84.bin?url&no-inline';
import softmaxRegressionUrl from './assets/softmax-regression.bin?url&no-inline';
import testUrl from './assets/test-2000.bin?url&no-inline';
import trainUrl from './assets/train-5000.bin?url&no-inline';
import validationUrl from './assets/validation-1000.bin?url&no-inline';

export const LAB_FILES = {
  /** Softmax regression 784 → 10, int8 (LABW format). */
  softmaxRegression: softmaxRegressionUrl,
  /** 784 → 84 tanh → 10, int8 (LABW format). */
  hidden84: hidden84Url,
  /** 5,000 binarized training digits (LABD format), for training in the browser. */
  train: trainUrl,
  /** The 1,000 validation digits, for fitting a temperature in the browser. */
  validation: validationUrl,
  /** The 2,000 held-out test digits, for accuracy and the reliability diagram. */
  test: testUrl,
} as const;
