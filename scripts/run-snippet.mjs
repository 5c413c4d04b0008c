#!/usr/bin/env node
/**
 * Runs one lesson snippet and prints what it prints: the same code path as tests/code.
 *
 *   node scripts/run-snippet.mjs content/code/what-is-softmax/steps.numpy.py
 *   node scripts/run-snippet.mjs content/code/what-is-softmax/library.ts
 *
 * Python files run with `.venv-snippets/bin/python` (built by scripts/python-env.mjs when it is
 * missing or out of date). TypeScript files run through Vite's module runner, so `~/lib/math`
 * resolves to this project's library (src/lib/math) exactly as in the lessons.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { ROOT, ensurePythonEnv } from './python-env.mjs';

/** Environment of a Python snippet: CPU only, no GPU probing messages, one thread per library. */
const PYTHON_ENV = {
  JAX_PLATFORMS: 'cpu',
  CUDA_VISIBLE_DEVICES: '',
  PYTHONHASHSEED: '0',
  PYTHONIOENCODING: 'utf-8',
  OMP_NUM_THREADS: '1',
  XLA_FLAGS: '--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1',
};

let tsQueue = Promise.resolve();

/**
 * Runs a snippet file.
 * @param {string} file path of a .py or .ts snippet
 * @param {{ python?: string }} [options] python: interpreter (default: the snippets' venv)
 * @returns {Promise<{ stdout: string, stderr: string, ok: boolean }>}
 */
export async function runSnippet(file, { python } = {}) {
  const path = resolve(file);
  if (path.endsWith('.py')) return runPython(path, python ?? ensurePythonEnv({ quiet: true }));
  if (path.endsWith('.ts')) {
    // console.log is captured while the module runs, so TypeScript snippets run one at a time.
    const run = tsQueue.then(() => runTypeScript(path));
    tsQueue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }
  throw new Error(`run-snippet: not a .py or .ts file: ${file}`);
}

/** Runs a Python file in its own process (asynchronously, so several can run side by side). */
function runPython(path, python) {
  return new Promise((done) => {
    const child = spawn(python, [path], { cwd: ROOT, env: { ...process.env, ...PYTHON_ENV } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      done({ stdout, stderr: `${stderr}${error}`, ok: false });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ stdout, stderr, ok: code === 0 });
    });
  });
}

async function runTypeScript(path) {
  const { runnerImport } = await import('vite');
  let stdout = '';
  let stderr = '';
  const saved = { log: console.log, error: console.error, warn: console.warn };
  console.log = (...args) => void (stdout += `${format(...args)}\n`);
  console.error = console.warn = (...args) => void (stderr += `${format(...args)}\n`);
  try {
    await runnerImport(`${pathToFileURL(path).href}?run=${Date.now()}`, {
      configFile: false,
      logLevel: 'silent',
      root: ROOT,
      resolve: { alias: { '~': resolve(ROOT, 'src') } },
    });
    return { stdout, stderr, ok: true };
  } catch (error) {
    return { stdout, stderr: stderr + String(error?.stack ?? error), ok: false };
  } finally {
    Object.assign(console, saved);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error(
      'usage: node scripts/run-snippet.mjs <content/code/…/name.{numpy,torch,jax}.py | name.ts>',
    );
    process.exit(2);
  }
  const { stdout, stderr, ok } = await runSnippet(file);
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = ok ? 0 : 1;
}
