/**
 * Sub-path deployment on a real web server: the site built with BASE_PATH=/softmax/ is
 * served by nginx (Debian package `nginx`, run unprivileged with its own config, prefix,
 * logs and temp folders in a temp dir, on 127.0.0.1 and a free port), then linkinator
 * crawls every page from the home page and checks every link, asset and #anchor.
 * The headers nginx sends (CSP from the generated _headers file, nosniff, …) are checked too.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBPATH_BASE, SUBPATH_DIST as DEFAULT_SUBPATH_DIST } from './globalSetup';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BASE = SUBPATH_BASE; // '/softmax/'
/** SUBPATH_DIST_DIR points the test at another sub-path build (e.g. one made by hand). */
const SUBPATH_DIST = process.env.SUBPATH_DIST_DIR ?? DEFAULT_SUBPATH_DIST;

let nginx: ChildProcess | undefined;
let prefix: string;
let origin: string;

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolvePort(port));
    });
  });
}

/** The CSP header value from the _headers file scripts/postbuild.mjs writes. */
function headerPolicy(dist: string): string {
  const text = readFileSync(join(dist, '_headers'), 'utf8');
  return /Content-Security-Policy: (.+)/.exec(text)![1]!.trim();
}

/** An nginx config for a static site under a sub-path, as the README's "Deploy" describes. */
export function nginxConfig(opts: { prefix: string; port: number; dist: string; base: string; csp: string }): string {
  const { prefix: p, port, dist, base, csp } = opts;
  return `
worker_processes 1;
daemon off;
pid ${p}/nginx.pid;
error_log ${p}/error.log warn;
events { worker_connections 256; }
http {
  types {
    text/html html; text/css css; text/javascript js mjs; application/json json;
    application/xml xml; image/svg+xml svg; image/png png; font/woff2 woff2; text/plain txt;
    application/manifest+json webmanifest; application/wasm wasm;
  }
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${p}/client_body;
  proxy_temp_path ${p}/proxy;
  fastcgi_temp_path ${p}/fastcgi;
  uwsgi_temp_path ${p}/uwsgi;
  scgi_temp_path ${p}/scgi;
  sendfile on;
  gzip on;
  gzip_types text/css text/javascript application/json application/xml image/svg+xml application/manifest+json;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    # Relative redirects (/softmax/en → /softmax/en/) keep the port and scheme.
    absolute_redirect off;
    add_header Content-Security-Policy "${csp}" always;
    add_header X-Content-Type-Options "nosniff" always;
    add_header Referrer-Policy "strict-origin-when-cross-origin" always;
    location = / { return 302 ${base}; }
    location ${base} {
      alias ${dist}/;
      index index.html;
      error_page 404 ${base}404.html;
      location ${base}_astro/ {
        alias ${dist}/_astro/;
        add_header Cache-Control "public, max-age=31536000, immutable";
        add_header Content-Security-Policy "${csp}" always;
        add_header X-Content-Type-Options "nosniff" always;
      }
    }
  }
}
`;
}

/** Whether dist-subpath was (re)built during this test run (by globalSetup). */
function builtThisRun(): boolean {
  const index = join(SUBPATH_DIST, 'index.html');
  if (!existsSync(index) || !existsSync(join(SUBPATH_DIST, '_headers'))) return false;
  const startedAt = Date.now() - process.uptime() * 1000;
  return statSync(index).mtimeMs >= startedAt - 5_000 || process.env.SKIP_SUBPATH_BUILD === '1';
}

beforeAll(async () => {
  if (!builtThisRun()) {
    // `npm run build` = the astro CLI + the post-build steps (search index, CSP), as deployed.
    execFileSync('npm', ['run', 'build', '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        BASE_PATH: BASE,
        OUT_DIR: SUBPATH_DIST,
        ASTRO_CACHE_DIR: resolve('node_modules/.astro-subpath'),
        SITE_URL: 'http://127.0.0.1',
      },
    });
  }
  prefix = mkdtempSync(join(tmpdir(), 'softmax-nginx-'));
  for (const d of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, d));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, nginxConfig({ prefix, port, dist: SUBPATH_DIST, base: BASE, csp: headerPolicy(SUBPATH_DIST) }));
  nginx = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  // Wait until it answers (or died).
  for (let i = 0; ; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}): ${stderr}`);
    try {
      await fetch(`${origin}${BASE}`);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx did not start: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGQUIT');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3_000))]);
    if (nginx.exitCode === null) nginx.kill('SIGKILL');
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

describe('sub-path deployment on nginx', () => {
  it('has no broken link, asset or anchor anywhere on the site', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${origin}${BASE}`,
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 8,
      timeout: 20_000,
      // Only this server: canonical/hreflang/og URLs name the configured SITE_URL (checked
      // below by path), and lessons may cite other sites, which CI cannot reach.
      linksToSkip: async (link: string) => !link.startsWith(origin),
    });
    const broken = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map((l) => `${l.status ?? ''} ${l.url} (on ${l.parent ?? '?'})${l.failureDetails?.length ? ` ${JSON.stringify(l.failureDetails).slice(0, 200)}` : ''}`);
    expect(broken).toEqual([]);
    const pages = new Set(result.links.filter((l) => l.state === LinkState.OK && /\/$/.test(new URL(l.url).pathname)).map((l) => new URL(l.url).pathname));
    // Every language index, lesson, glossary and FAQ page was reached by following links.
    const sitemap = readFileSync(join(SUBPATH_DIST, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(listed.length).toBeGreaterThan(20);
    for (const path of listed) expect(pages.has(path), `${path} reachable by links`).toBe(true);
  });

  it('serves every sitemap, canonical and hreflang URL', async () => {
    const sitemap = readFileSync(join(SUBPATH_DIST, 'sitemap-0.xml'), 'utf8');
    const urls = new Set([...sitemap.matchAll(/(?:<loc>|href=")([^<"]+)/g)].map((m) => new URL(m[1]!).pathname));
    for (const path of urls) {
      expect(path.startsWith(BASE), path).toBe(true);
      const res = await fetch(`${origin}${path}`, { redirect: 'manual' });
      expect(res.status, path).toBe(200);
    }
    for (const file of ['robots.txt', 'manifest.webmanifest', 'sitemap-index.xml', 'icon-192.png', 'icon-512.png', 'favicon.svg', 'pagefind/pagefind.js']) {
      const res = await fetch(`${origin}${BASE}${file}`);
      expect(res.status, file).toBe(200);
    }
  });

  it('answers a missing page with the 404 page and redirects a folder without its slash', async () => {
    const missing = await fetch(`${origin}${BASE}no/such/page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('id="not-found"');
    const folder = await fetch(`${origin}${BASE}en`, { redirect: 'manual' });
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe(`${BASE}en/`);
  });

  it('sends the security headers, with a CSP that matches the pages', async () => {
    const res = await fetch(`${origin}${BASE}en/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    // Every hash in the page's own <meta> policy is allowed by the header policy too.
    const html = await res.text();
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) expect(csp).toContain(hash);
  });
});
