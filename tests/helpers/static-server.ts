/**
 * A tiny static host for a build under any base path, on 127.0.0.1 only, behaving like GitHub Pages where
 * the pull request previews live (the production site is tested under the real nginx, tests/helpers/nginx.ts): the site lives
 * under its base path, a folder answers with its index.html (and a folder without its slash is redirected
 * to it), and a missing page answers 404 with the 404 page of its language (`en/404.html`, else `404.html`).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The site's home: origin + base path. */
  home: string;
  close(): Promise<void>;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** Serves `dist` under `base` (e.g. `/miasta-partnerskie/`) on a free port of 127.0.0.1. */
export async function serveSite(dist: string, base = '/miasta-partnerskie/'): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const send = (status: number, file?: string, headers: Record<string, string> = {}) => {
      const type = file ? (contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream') : 'text/plain';
      const size = file ? statSync(file).size : 0;
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': String(size), ...headers });
      if (req.method === 'HEAD' || !file) res.end();
      else createReadStream(file).pipe(res);
    };
    const notFound = (rest: string) => {
      const locale = rest.split('/')[0];
      const localized = locale ? join(dist, locale, '404.html') : '';
      const page = localized && isFile(localized) ? localized : join(dist, '404.html');
      send(404, isFile(page) ? page : undefined);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, undefined, { Allow: 'GET, HEAD' });
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(400);
    }
    if (pathname === base.replace(/\/$/, '')) return send(301, undefined, { Location: base + url.search });
    if (!pathname.startsWith(base)) return notFound('');
    const rest = pathname.slice(base.length);
    const target = join(dist, rest);
    const inside = relative(dist, target);
    if (inside.startsWith('..') || inside.split(sep).includes('..')) return send(400);
    if (existsSync(target) && statSync(target).isDirectory()) {
      if (!pathname.endsWith('/')) return send(301, undefined, { Location: `${url.pathname}/${url.search}` });
      const index = join(target, 'index.html');
      return isFile(index) ? send(200, index) : notFound(rest);
    }
    return isFile(target) ? send(200, target) : notFound(rest);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    home: `${origin}${base}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
