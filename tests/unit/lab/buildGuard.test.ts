/**
 * The build's accuracy guard (src/islands/shared/labBuild.ts): decoding a shipped model for a
 * page scores it on the shipped test digits and throws, failing `astro build`, when the score
 * differs from the one `npm run train` recorded in metrics.json.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import metrics from '../../../src/lab/assets/metrics.json';

afterEach(() => {
  vi.doUnmock('../../../src/lab/assets/metrics.json');
  vi.resetModules();
});

describe('the build-time accuracy guard', () => {
  it('lets the shipped models through: they reproduce the recorded accuracy', async () => {
    const { buildModel } = await import('../../../src/islands/shared/labBuild');
    expect(buildModel('linear').layers).toHaveLength(1);
    expect(buildModel('hidden84').layers).toHaveLength(2);
  });

  it('stops the build when the recorded accuracy is not what the weights give', async () => {
    const tampered = structuredClone(metrics);
    tampered.models['softmax-regression'].int8.accuracy += 0.001;
    vi.doMock('../../../src/lab/assets/metrics.json', () => ({ default: tampered }));
    vi.resetModules();
    const { buildModel } = await import('../../../src/islands/shared/labBuild');
    expect(() => buildModel('linear')).toThrow(/softmax-regression\.bin scores 0\.901 .* records/);
  });
});
