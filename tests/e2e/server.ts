import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export const PAGES_DIR = path.resolve(import.meta.dirname, '../pages');

/** A response a test writes itself: another content type, a page that arrives slowly. */
export interface RawRoute {
  serve(res: http.ServerResponse): void | Promise<void>;
}

/** A page served at `path`: static HTML, one a test builds on the fly (changed between visits), or a raw response. */
export type Route = string | (() => string) | RawRoute;

/** A localhost server for the test pages; `routes` override or add pages by path. */
export async function startServer(routes: Record<string, Route> = {}) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes[url.pathname];
    try {
      if (route && typeof route === 'object') return void (await route.serve(res));
      const body = typeof route === 'function' ? route() : typeof route === 'string' ? route : await readFile(path.join(PAGES_DIR, path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, '')), 'utf8');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p: string) => `http://localhost:${port}${p.startsWith('/') ? p : `/${p}`}`,
    routes,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
