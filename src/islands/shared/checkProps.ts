/**
 * Build-time checks of the props a lesson passes to an island wrapper: a bad example fails
 * the build with a readable message instead of shipping a widget that shows nothing useful.
 */

/**
 * Throws unless `values` is undefined or a list of `min`…`max` finite numbers within ±maxAbs.
 * @example checkLogits('LogitPlayground', [2, -1, 0.5], '/en/what-is-softmax/intuitive/') // ok
 */
export function checkLogits(
  island: string,
  values: readonly number[] | undefined,
  page: string,
  { min = 2, max = 10, maxAbs = 1000, prop = 'logits' } = {},
): void {
  if (values === undefined) return;
  const ok =
    Array.isArray(values) &&
    values.length >= min &&
    values.length <= max &&
    values.every((x) => typeof x === 'number' && Number.isFinite(x) && Math.abs(x) <= maxAbs);
  if (!ok) {
    throw new Error(
      `<${island} ${prop}={…}> on ${page} needs ${min}–${max} finite numbers within ±${maxAbs}, got ${JSON.stringify(values)}`,
    );
  }
}

/**
 * Throws unless `index` is undefined or an integer class index in [0, n).
 * @example checkIndex('CrossEntropyGradient', 'target', 1, 3, '/en/x/') // ok
 */
export function checkIndex(island: string, prop: string, index: number | undefined, n: number, page: string): void {
  if (index === undefined) return;
  if (!Number.isInteger(index) || index < 0 || index >= n) {
    throw new Error(`<${island} ${prop}={${String(index)}}> on ${page} must be an integer in [0, ${n})`);
  }
}

/**
 * Throws unless `t` is undefined or a temperature in [0.05, 20] (the dial's range).
 * @example checkTemperature('TemperatureDial', 0.5, '/en/x/') // ok
 */
export function checkTemperature(island: string, t: number | undefined, page: string): void {
  if (t === undefined) return;
  if (!(t >= 0.05 && t <= 20)) throw new Error(`<${island} temperature={${String(t)}}> on ${page} must be within 0.05…20`);
}
