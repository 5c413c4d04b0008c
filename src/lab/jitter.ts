import { DIGIT_PIXELS, DIGIT_SIDE, type DigitSet } from './digitSet';

/**
 * Data augmentation: a copy of `set` in which every digit is translated by (dx, dy), each drawn
 * uniformly from −maxShift…maxShift with `random` (ink pushed past the border is lost, the
 * uncovered strip is paper). Training on a fresh jittered copy each epoch is the classic
 * "distortions" trick of LeNet-era MNIST work: it teaches the network that a digit moved by a
 * pixel is the same digit, which the 7,000 training digits alone do not show it often enough.
 * @example const epochData = jitter(train, seededRandom(3), 1);
 */
export function jitter(set: DigitSet, random: () => number, maxShift = 1): DigitSet {
  const pixels = new Uint8Array(set.pixels.length);
  const span = 2 * maxShift + 1;
  for (let i = 0; i < set.count; i++) {
    const dx = Math.floor(random() * span) - maxShift;
    const dy = Math.floor(random() * span) - maxShift;
    const base = i * DIGIT_PIXELS;
    for (let y = 0; y < DIGIT_SIDE; y++) {
      const sy = y - dy;
      if (sy < 0 || sy >= DIGIT_SIDE) continue;
      for (let x = 0; x < DIGIT_SIDE; x++) {
        const sx = x - dx;
        if (sx < 0 || sx >= DIGIT_SIDE) continue;
        pixels[base + y * DIGIT_SIDE + x] = set.pixels[base + sy * DIGIT_SIDE + sx]!;
      }
    }
  }
  return { count: set.count, pixels, labels: set.labels };
}
