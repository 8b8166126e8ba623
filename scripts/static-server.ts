import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { cspMetaOf, deployHeaders, headerCsp } from './deploy-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

export interface StaticServer {
  origin: string;
  /** URL of the app, e.g. http://127.0.0.1:PORT/bao-cao/xdd/ */
  appUrl: string;
  close: () => Promise<void>;
}

/** The header CSP of the index.html served now (publish-data rewrites it, tests may overlay one), read again when it changes. */
function cspReader(findFile: (rel: string) => string | null): () => string {
  let read: { file: string; mtimeMs: number; csp: string } | null = null;
  return () => {
    const file = findFile('index.html');
    if (!file) throw new Error('static-server: no index.html to take the Content-Security-Policy from');
    const { mtimeMs } = statSync(file);
    if (read?.file !== file || read.mtimeMs !== mtimeMs) {
      const meta = cspMetaOf(readFileSync(file, 'utf8'));
      if (meta === null) throw new Error(`static-server: ${file} has no Content-Security-Policy meta tag`);
      read = { file, mtimeMs, csp: headerCsp(meta) };
    }
    return read.csp;
  };
}

/**
 * Serves the built app under a sub-path, the way an office web server would, with the headers the README's nginx
 * and IIS configurations send (scripts/deploy-headers.ts). Files in `overlayDir` (same relative paths) win over
 * dist/, so tests can add datasets or replace the shipped one after the build.
 */
export async function startStaticServer(opts: {
  distDir: string;
  basePath?: string;
  overlayDir?: string;
  port?: number;
}): Promise<StaticServer> {
  const basePath = opts.basePath ?? '/bao-cao/xdd/';
  const roots = [opts.overlayDir, opts.distDir].filter((d): d is string => Boolean(d)).map((d) => resolve(d));
  const findFile = (rel: string): string | null => {
    const safe = normalize(rel).replace(/^(\.\.[/\\])+/, '');
    for (const root of roots) {
      const file = join(root, safe);
      if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
    }
    return null;
  };
  const csp = cspReader(findFile);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(basePath)) {
      res.writeHead(404).end('not under the base path');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(basePath.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = findFile(rel);
    if (file) {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Compressed like any office web server would (nginx gzip on): the benchmark's transfer sizes stay real.
      const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        'Content-Type': type,
        ...deployHeaders(rel, csp()),
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      const body = createReadStream(file);
      if (gzip) body.pipe(createGzip()).pipe(res);
      else body.pipe(res);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((ok) => server.listen(opts.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    appUrl: `${origin}${basePath}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections(); // idle keep-alive connections would hold close() for seconds
      }),
  };
}
