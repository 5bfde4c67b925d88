import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A small static server for the search benchmark. It serves a built site with
 * clean URLs, gzips text at level 6 as nginx and `serve` do, and counts the
 * bytes it writes to its sockets (headers and compressed bodies, as on the
 * wire), so the benchmark can read what a keystroke cost whatever the engine
 * and whether the page or a Web Worker fetched it.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /\.(html|m?js|css|json|svg|xml|txt|webmanifest)$/;
const MIN_COMPRESS = 256;

/** Requested by the page the moment it shows results, so the count stops there and not when Node next looks. */
export const MARK_PATH = '/__bench/mark';

export interface StaticServer {
  origin: string;
  /** Bytes written to every connection from the last reset to the page's mark (or to now, without a mark). */
  bytesSinceReset(): number;
  resetBytes(): void;
  close(): Promise<void>;
}

function resolveFile(root: string, pathname: string): string | undefined {
  let clean: string;
  try {
    clean = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = path.join(root, clean);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

export async function startStaticServer(rootDir: string): Promise<StaticServer> {
  const root = path.resolve(rootDir);
  const gzipped = new Map<string, Buffer>();
  const sockets = new Set<Socket>();
  let closedBytes = 0;
  let mark = 0;
  let marked: number | undefined;
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://bench');
    if (pathname === MARK_PATH) {
      marked ??= total();
      response.writeHead(204).end();
      return;
    }
    const file = resolveFile(root, pathname) ?? resolveFile(root, '/404.html');
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const status = file.endsWith(`${path.sep}404.html`) && !pathname.endsWith('404.html') ? 404 : 200;
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (acceptsGzip && COMPRESSIBLE.test(file) && statSync(file).size >= MIN_COMPRESS) {
      let body = gzipped.get(file);
      if (!body) {
        body = gzipSync(readFileSync(file), { level: 6 });
        gzipped.set(file, body);
      }
      response.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(body.length), Vary: 'Accept-Encoding' });
      response.end(body);
      return;
    }
    response.writeHead(status, { ...headers, 'Content-Length': String(statSync(file).size) });
    createReadStream(file).pipe(response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      closedBytes += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const total = () => closedBytes + [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0);
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bytesSinceReset: () => (marked ?? total()) - mark,
    resetBytes: () => {
      mark = total();
      marked = undefined;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
