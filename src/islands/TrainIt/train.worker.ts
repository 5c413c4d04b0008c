/**
 * The "train it yourself" Web Worker: all the arithmetic of training runs here, off the main
 * thread, in slices of about 12 ms (so a pause or a new learning rate is heard quickly); after
 * each slice the worker posts a report (curves, the ten weight vectors, one example's p). The
 * page only draws. Messages in: init (file URLs), start, pause, step, reset, options.
 */
import { decodeDigits } from '../../lab/digitFile';
import type { DigitSet } from '../../lab/digitSet';
import { createSession, type Session, type SessionOptions } from './session';

export type WorkerIn =
  | { type: 'init'; train: string; validation: string; options: SessionOptions }
  | { type: 'start' | 'pause' | 'reset' }
  | { type: 'step'; steps: number }
  | { type: 'options'; options: SessionOptions };

export type WorkerOut =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | ({ type: 'report'; running: boolean } & import('./session').Report);

const scope = self as unknown as {
  postMessage(message: WorkerOut, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<WorkerIn>) => void) | null;
};

let train: DigitSet | null = null;
let validation: DigitSet | null = null;
let options: SessionOptions = { learningRate: 0.1, batchSize: 50 };
let session: Session | null = null;
let running = false;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Steps a slice may take; adapted so that a slice lasts about SLICE_MS. */
let stepsPerSlice = 4;
const SLICE_MS = 12;
/**
 * Pace: at most 2,500 digits and 200 steps a second, so that a reader can watch the curves
 * and the pictures change (unthrottled, a pass over the data takes a fraction of a second).
 */
const msPerStep = () => Math.max(5, (options.batchSize / 2500) * 1000);
/** Largest number of steps before the curves stop (the run pauses itself). */
const MAX_STEPS = 20_000;

async function load(url: string): Promise<DigitSet> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return decodeDigits(new Uint8Array(await r.arrayBuffer()));
}

function post(loss: number) {
  if (!session || !validation) return;
  const report = session.report(loss);
  scope.postMessage({ type: 'report', running, ...report }, [report.weights.buffer]);
}

/** Minibatch losses since the last report (their mean becomes one curve point). */
let lossSum = 0;
let lossSlices = 0;
let lastPost = 0;
/** Reports at most this often: the page redraws on each, so five a second is plenty. */
const REPORT_MS = 200;

function slice() {
  timer = undefined;
  if (!running || !session) return;
  const t0 = performance.now();
  // Within the pace, a slice covers at most 100 ms of training time (smooth curves).
  const steps = Math.max(1, Math.min(stepsPerSlice, Math.floor(100 / msPerStep())));
  lossSum += session.run(steps);
  lossSlices++;
  const now = performance.now();
  stepsPerSlice = Math.max(
    1,
    Math.min(200, Math.round((stepsPerSlice * SLICE_MS) / Math.max(0.5, now - t0))),
  );
  const wait = Math.max(0, steps * msPerStep() - (now - t0));
  if (session.trainer.steps >= MAX_STEPS) running = false;
  if (!running || now - lastPost >= REPORT_MS) {
    post(lossSum / lossSlices);
    lossSum = 0;
    lossSlices = 0;
    lastPost = now;
  }
  // Yield so that messages (pause, new options) are handled between slices.
  if (running) timer = setTimeout(slice, wait);
}

function reset() {
  if (!train || !validation) return;
  session = createSession(train, validation, options);
  post(NaN);
}

scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === 'init') {
    options = m.options;
    Promise.all([load(m.train), load(m.validation)]).then(
      ([t, v]) => {
        train = t;
        validation = v;
        scope.postMessage({ type: 'ready' });
        reset();
      },
      (err: unknown) => scope.postMessage({ type: 'failed', message: String(err) }),
    );
    return;
  }
  if (!session) return;
  if (m.type === 'options') {
    options = m.options;
    session.setOptions(options);
  } else if (m.type === 'start') {
    running = true;
    if (timer === undefined) timer = setTimeout(slice, 0);
  } else if (m.type === 'pause') {
    running = false;
    if (lossSlices > 0) post(lossSum / lossSlices);
    lossSum = 0;
    lossSlices = 0;
  } else if (m.type === 'step') {
    post(session.run(Math.max(1, Math.min(100, m.steps))));
  } else if (m.type === 'reset') {
    running = false;
    lossSum = 0;
    lossSlices = 0;
    reset();
  }
};
