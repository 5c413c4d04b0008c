#!/usr/bin/env node
/**
 * `npm test`: every check the project has. The steps that do not depend on each other run in two
 * lanes at once (the machines have two cores; most steps keep one busy), then the browser tests
 * run against both builds:
 *
 *   lane 1: check (types) → lint          → build (dist/, SITE_URL=http://localhost:4321) → dist checks
 *   lane 2: unit tests    → code snippets → sub-path build (dist-subpath/, BASE_PATH=/softmax/)
 *   then:   e2e (Chromium, nginx)
 *
 * Unit tests come first in their lane, before any build exists, as they would on a fresh clone.
 * Each line of output is prefixed with its step; a failing step stops the run. At the end the
 * wall time of every step and of the whole run is printed.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const SUBPATH = {
  BASE_PATH: '/softmax/',
  OUT_DIR: resolve('dist-subpath'),
  ASTRO_CACHE_DIR: resolve('node_modules/.astro-subpath'),
  SITE_URL: 'http://127.0.0.1',
};

// The main build gets "Edit this page" links (a placeholder repository; the e2e tests read the
// same variable to expect them); the sub-path build has none, as a deploy without it would.
const EDIT_BASE_URL = 'https://git.example/softmax/edit/main/';

const step = (name, script, env = {}) => ({ name, script, env });
const lanes = [
  [
    step('check', 'check'),
    step('lint', 'lint'),
    step('build', 'build', { SITE_URL: 'http://localhost:4321', EDIT_BASE_URL }),
    // (html-validate over every page and the other browserless checks of dist/: lane 2 is the longer one)
    step('dist', 'test:dist'),
  ],
  [step('unit', 'test:unit'), step('code', 'test:code'), step('build:subpath', 'build', SUBPATH)],
];
const last = step('e2e', 'test:e2e', { SKIP_SUBPATH_BUILD: '1', EDIT_BASE_URL });

const running = new Set();
const times = [];

function run({ name, script, env }) {
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', '--silent', script], {
      env: { ...process.env, ...env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    const prefix = `[${name}] `;
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) process.stdout.write(prefix + line + '\n');
      });
      stream.on('end', () => rest && process.stdout.write(prefix + rest + '\n'));
    }
    child.on('close', (code) => {
      running.delete(child);
      const seconds = (Date.now() - started) / 1000;
      times.push([name, seconds]);
      if (code === 0) done();
      else fail(new Error(`${name} (npm run ${script}) failed with exit code ${code}`));
    });
  });
}

const start = Date.now();
const report = () => {
  console.log('\nwall time per step:');
  for (const [name, s] of times) console.log(`  ${name.padEnd(14)} ${s.toFixed(1).padStart(7)} s`);
  console.log(`  ${'total'.padEnd(14)} ${((Date.now() - start) / 1000).toFixed(1).padStart(7)} s`);
};
try {
  await Promise.all(
    lanes.map(async (lane) => {
      for (const s of lane) await run(s);
    }),
  );
  await run(last);
  report();
} catch (error) {
  for (const child of running) child.kill('SIGTERM');
  report();
  console.error(`\n${error.message}`);
  process.exit(1);
}
