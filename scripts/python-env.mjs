#!/usr/bin/env node
/**
 * The Python environment of the lesson snippets: `.venv-snippets/` (gitignored) with the exact
 * packages of requirements-snippets.txt (NumPy, SciPy, PyTorch CPU, JAX).
 *
 * Creates the environment when it is missing and rebuilds it when the requirements file or the
 * Python version changed (a stamp file inside the venv records both); otherwise does nothing in a
 * few milliseconds, so tests/code can call it every run.
 *
 * Package index: pip's own configuration decides (`pip config get`). When it names local indexes
 * (e.g. `extra-index-url = file:///opt/pypi/simple …`, `find-links = /opt/wheels` on a machine
 * without internet), they are passed explicitly and the first index replaces PyPI, so pip never
 * waits for an unreachable PyPI. With no configured index, pip uses PyPI plus PyTorch's CPU index
 * for the `torch==…+cpu` wheel.
 *
 * Usage: node scripts/python-env.mjs [--force] [--quiet]
 * Environment: PYTHON (interpreter used to create the venv; default python3, needs ≥ 3.11).
 * Exports `ensurePythonEnv()` → absolute path of the venv's python.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const VENV = join(ROOT, '.venv-snippets');
export const REQUIREMENTS = join(ROOT, 'requirements-snippets.txt');
const STAMP = join(VENV, '.requirements-stamp');
const SNIPPETS = join(ROOT, 'content', 'code');
const TORCH_CPU_INDEX = 'https://download.pytorch.org/whl/cpu';

/** The venv's interpreter (POSIX and Windows layouts). */
export function venvPython() {
  const posix = join(VENV, 'bin', 'python');
  return process.platform === 'win32' ? join(VENV, 'Scripts', 'python.exe') : posix;
}

function run(cmd, args, { capture = false, env = process.env } = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: capture ? 'pipe' : 'inherit', env });
  if (r.error) throw new Error(`python-env: cannot run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) {
    throw new Error(
      `python-env: \`${cmd} ${args.join(' ')}\` failed (exit ${r.status})\n${r.stderr ?? ''}`,
    );
  }
  return (r.stdout ?? '').trim();
}

/** `pip config get <key>` split on whitespace, or [] when the key is not set. */
function pipConfig(python, key) {
  const r = spawnSync(python, ['-m', 'pip', 'config', 'get', key], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split(/\s+/).filter(Boolean) : [];
}

/** pip arguments that choose the package sources, from pip's configuration. */
export function indexArgs(python) {
  const index = pipConfig(python, 'global.index-url');
  const extra = pipConfig(python, 'global.extra-index-url');
  const links = pipConfig(python, 'global.find-links');
  const indexes = [...index, ...extra];
  if (indexes.length === 0 && links.length === 0) {
    return ['--extra-index-url', TORCH_CPU_INDEX]; // PyPI + the CPU build of torch
  }
  const args = [];
  if (indexes.length > 0) {
    const [first, ...rest] = indexes;
    args.push('--index-url', first);
    for (const url of rest) args.push('--extra-index-url', url);
  }
  for (const link of links) args.push('--find-links', link);
  return args;
}

function stamp(python) {
  const version = run(python, ['-c', 'import sys; print(sys.version)'], { capture: true });
  return createHash('sha256').update(readFileSync(REQUIREMENTS)).update(version).digest('hex');
}

/**
 * The import statements of the lesson snippets (content/code/<lesson>/*.py), each once: what
 * the snippets will load, e.g. `import torch`, `from scipy.special import softmax`.
 */
export function snippetImports() {
  const lines = new Set();
  for (const dir of readdirSync(SNIPPETS, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const name of readdirSync(join(SNIPPETS, dir.name))) {
      if (!name.endsWith('.py')) continue;
      for (const line of readFileSync(join(SNIPPETS, dir.name, name), 'utf8').split('\n'))
        if (/^(import|from)\s/.test(line)) lines.add(line.trim());
    }
  }
  return [...lines].sort();
}

/** Disk use of a folder in MB (`du`), or undefined where `du` is missing. */
function sizeMb(dir) {
  const r = spawnSync('du', ['-sm', dir], { encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout.split(/\s/)[0]) : undefined;
}

/**
 * Makes sure `.venv-snippets/` matches requirements-snippets.txt and returns its python.
 * @param {{ force?: boolean, quiet?: boolean }} [options]
 */
export function ensurePythonEnv({ force = false, quiet = false } = {}) {
  const base = process.env.PYTHON || 'python3';
  const ok = run(base, ['-c', 'import sys; print(int(sys.version_info >= (3, 11)))'], {
    capture: true,
  });
  if (ok !== '1') throw new Error(`python-env: ${base} is older than Python 3.11 (set PYTHON=…)`);
  const want = stamp(base);
  if (
    !force &&
    existsSync(venvPython()) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8') === want
  ) {
    return venvPython();
  }
  const started = performance.now();
  if (!quiet) console.log(`python-env: building ${VENV} from ${REQUIREMENTS}`);
  run(base, ['-m', 'venv', '--clear', VENV]);
  const python = venvPython();
  // --no-compile: pip would compile every module of every package to bytecode (7,600 files,
  // about 30 s of the 40 s install on a 2-core machine). Instead the snippets' own imports run
  // once below, with bytecode writing on, which compiles the 2,000 modules they load (about
  // 7 s). Snippets run with PYTHONDONTWRITEBYTECODE if the machine sets it, so they would
  // otherwise compile torch again in every process.
  const args = [
    '-m',
    'pip',
    'install',
    '--disable-pip-version-check',
    '--no-input',
    '--no-compile',
  ];
  if (quiet) args.push('--quiet');
  run(python, [...args, ...indexArgs(base), '-r', REQUIREMENTS]);
  const { PYTHONDONTWRITEBYTECODE: _, ...writeBytecode } = process.env;
  run(python, ['-c', snippetImports().join('\n')], {
    env: { ...writeBytecode, JAX_PLATFORMS: 'cpu', CUDA_VISIBLE_DEVICES: '' },
  });
  writeFileSync(STAMP, want);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  if (!quiet) console.log(`python-env: ready in ${seconds} s, ${sizeMb(VENV) ?? '?'} MB`);
  return python;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const python = ensurePythonEnv({
    force: process.argv.includes('--force'),
    quiet: process.argv.includes('--quiet'),
  });
  console.log(
    run(
      python,
      [
        '-c',
        'import numpy, scipy, torch, jax; print("numpy", numpy.__version__, "scipy", scipy.__version__, "torch", torch.__version__, "jax", jax.__version__)',
      ],
      { capture: true },
    ),
  );
}
