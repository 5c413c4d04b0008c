/**
 * Runs the Debian `nginx` binary unprivileged for tests and benchmarks: its own config,
 * prefix, pid, logs and temp folders in a fresh temp dir, listening on 127.0.0.1 on a free
 * port, serving a built site under its base path the way the README's "Deploy" section
 * describes (index.html, 404.html, relative slash redirects, gzip, security headers).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** A TCP port that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The CSP header value from the _headers file src/integrations/site.mjs writes (or undefined). */
export function headerPolicy(dist) {
  try {
    return /Content-Security-Policy: (.+)/
      .exec(readFileSync(join(dist, '_headers'), 'utf8'))?.[1]
      ?.trim();
  } catch {
    return undefined;
  }
}

/** nginx.conf for `dist` served at `base` on 127.0.0.1:`port`, everything writable under `prefix`. */
export function nginxConfig({ prefix, port, dist, base, csp }) {
  const security = [
    csp ? `add_header Content-Security-Policy "${csp}" always;` : '',
    'add_header X-Content-Type-Options "nosniff" always;',
    'add_header Referrer-Policy "strict-origin-when-cross-origin" always;',
  ].join('\n      ');
  // Started as root (CI containers), nginx would run its workers as `nobody`, who may not be
  // able to read a checkout under a private home folder: keep them as the invoking user.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  return `
${user}
worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  types {
    text/html html; text/css css; text/javascript js mjs; application/json json;
    application/xml xml; image/svg+xml svg; image/png png; font/woff2 woff2; text/plain txt;
    application/manifest+json webmanifest; application/wasm wasm;
  }
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  sendfile on;
  gzip on;
  gzip_comp_level 6;
  gzip_types text/css text/javascript application/json application/xml image/svg+xml application/manifest+json;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    # Relative redirects (/softmax/en → /softmax/en/) keep the port and scheme.
    absolute_redirect off;
    ${base === '/' ? '' : `location = / { return 302 ${base}; }`}
    location ${base} {
      alias ${dist}/;
      index index.html;
      error_page 404 ${base}404.html;
      ${security}
      location ${base}_astro/ {
        alias ${dist}/_astro/;
        add_header Cache-Control "public, max-age=31536000, immutable";
        ${security}
      }
    }
  }
}
`;
}

/**
 * Starts nginx over `dist` at `base`; resolves once it answers.
 * @returns {Promise<{ origin: string, url: string, close(): Promise<void> }>}
 */
export async function startNginx(dist, base = '/') {
  const prefix = mkdtempSync(join(tmpdir(), 'softmax-nginx-'));
  for (const d of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, d));
  const port = await freePort();
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, nginxConfig({ prefix, port, dist, base, csp: headerPolicy(dist) }));
  const child = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) {
      await close();
      throw new Error(`nginx exited with ${child.exitCode}: ${stderr}`);
    }
    try {
      await fetch(`${origin}${base}`);
      break;
    } catch {
      if (i > 100) {
        await close();
        throw new Error(`nginx did not answer on ${origin}: ${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { origin, url: `${origin}${base}`, close };
}
