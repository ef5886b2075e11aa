/** Serves the test pages from 127.0.0.1 only; no other host is ever contacted. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** `page.html.headers.json` beside a page holds extra response headers for it (a CSP, say). */
async function sidecarHeaders(file: string): Promise<Record<string, string>> {
  try {
    return JSON.parse(await readFile(`${file}.headers.json`, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

export interface PageServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Each mount maps a URL prefix to a folder: { '/': 'tests/e2e/pages', '/eval/': '…' }. */
export async function startPageServer(mounts: Record<string, string>): Promise<PageServer> {
  const roots = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // Browsers ask for it on their own; a 404 would read as a page error.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const mount = roots.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return void res.writeHead(404).end('not found');
    const root = resolve(mount[1]);
    const file = normalize(join(root, path.slice(mount[0].length) || 'index.html'));
    if (!file.startsWith(root)) return void res.writeHead(403).end('forbidden');
    try {
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...(await sidecarHeaders(file)) };
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (p) => origin + (p.startsWith('/') ? p : `/${p}`),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
