/**
 * The build-time run of <TrainIt> (and of the mechanical lesson's numbers): the session the
 * browser would run with the same options, for `steps` steps, with a curve point every
 * `every` steps. Server only (reads the shipped digits with node:fs); memoised per options.
 */
import { buildDigits } from '~/islands/shared/labBuild';
import { createSession, type CurvePoint } from './session';

export interface Snapshot {
  step: number;
  epochs: number;
  points: CurvePoint[];
  weights: Float32Array;
  exampleP: number[];
}

const cache = new Map<string, Snapshot>();

export function buildSnapshot(
  learningRate: number,
  batchSize: number,
  steps: number,
  every = 5,
): Snapshot {
  const key = `${learningRate}:${batchSize}:${steps}:${every}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const session = createSession(buildDigits('train'), buildDigits('validation'), {
    learningRate,
    batchSize,
  });
  const points: CurvePoint[] = [];
  let report = session.report(NaN);
  for (let done = 0; done < steps;) {
    const n = Math.min(every, steps - done);
    const loss = session.run(n);
    done += n;
    report = session.report(loss);
    points.push(report.point);
  }
  const out = {
    step: report.step,
    epochs: report.epochs,
    points,
    weights: report.weights,
    exampleP: report.exampleP,
  };
  cache.set(key, out);
  return out;
}
