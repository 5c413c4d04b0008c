/**
 * Options shared by the functions that take a softmax temperature.
 *
 * @example
 * softmax([2, -1, 0.5], { temperature: 1e-310 }); // [1, 0, 0]
 */
export interface TemperatureOptions {
  /**
   * Softmax temperature T > 0 (default 1). The scaled logits are z = x / T:
   * T < 1 sharpens the distribution, T > 1 flattens it. Must be finite and
   * strictly positive, otherwise a RangeError is thrown.
   */
  readonly temperature?: number | undefined;
}

/**
 * Internal: reads and validates the temperature (default 1).
 *
 * Throws a RangeError for T ≤ 0 (not a distribution / reversed ranking), NaN
 * and ±Infinity. Use a tiny T such as 1e-300 (or {@link argmax}) for the
 * greedy limit.
 *
 * @example
 * resolveTemperature(undefined); // 1
 * resolveTemperature({ temperature: 0.5 }); // 0.5
 * resolveTemperature({ temperature: 0 }); // throws RangeError
 */
export function resolveTemperature(options: TemperatureOptions | undefined): number {
  const t = options?.temperature;
  if (t === undefined) return 1;
  if (typeof t !== 'number' || !(t > 0) || t === Infinity) {
    throw new RangeError(`temperature must be a finite number > 0, got ${String(t)}`);
  }
  return t;
}
