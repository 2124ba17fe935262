/**
 * A tiny static file server for end-to-end pages: serves the repository (dist/, test/e2e/pages/, …) on 127.0.0.1,
 * with per-path headers (a strict CSP, CORS for a "CDN" origin) and a log of every request it answered.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  /** Paths requested, in order (query strings included). */
  requests: string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  root?: string;
  /** Extra headers for a request path; return undefined for none. */
  headers?: (path: string) => Record<string, string> | undefined;
  /** Answer some paths yourself (e.g. HTML written by the test). */
  routes?: Record<string, { type?: string; body: string; headers?: Record<string, string>; delayMs?: number }>;
}

export async function serve(options: ServeOptions = {}): Promise<StaticServer> {
  const root = options.root ?? repoRoot;
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    const extra = options.headers?.(url.pathname) ?? {};
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204, extra).end();
      return;
    }
    const route = options.routes?.[url.pathname];
    if (route) {
      if (route.delayMs) await new Promise((resolve) => setTimeout(resolve, route.delayMs));
      res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...extra, ...route.headers });
      res.end(route.body);
      return;
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      const path = info.isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...extra });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain', ...extra }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
