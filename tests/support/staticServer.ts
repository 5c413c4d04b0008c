/**
 * A minimal static file server for the built site, used by the end-to-end tests and the
 * benchmarks. It serves `root` under `base` (e.g. /softmax/), answers directories with
 * their index.html, and missing paths with /404.html and status 404, as static hosts do.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServer {
  /** Origin + base, ending with a slash, e.g. http://127.0.0.1:41234/softmax/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

async function fileAt(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) {
      const index = join(path, 'index.html');
      return (await stat(index)).isFile() ? index : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export async function startStaticServer(root: string, base = '/'): Promise<StaticServer> {
  const b = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    const send404 = async () => {
      const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'content-type': TYPES['.html'] ?? 'text/html' }).end(body);
    };
    if (!pathname.startsWith(b)) return send404();
    pathname = pathname.slice(b.length);
    const target = normalize(join(root, pathname));
    if (target !== normalize(root) && !target.startsWith(normalize(root) + sep)) return send404();
    // A directory URL without its trailing slash redirects, as static hosts do.
    const found = await fileAt(target);
    if (!found) return send404();
    if (
      pathname !== '' &&
      !pathname.endsWith('/') &&
      found.endsWith(`${sep}index.html`) &&
      !pathname.endsWith('index.html')
    ) {
      res.writeHead(301, { location: `${b}${pathname}/` }).end();
      return;
    }
    const body = await readFile(found);
    res
      .writeHead(200, { 'content-type': TYPES[extname(found)] ?? 'application/octet-stream' })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${b}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
