/**
 * The fixture server that stands in for the UN hosts. Chromium maps every
 * host name to it (`--host-resolver-rules`), so pages keep their real URLs
 * (https://www.un.org/..., https://undocs.org/...) and the manifest's real
 * match patterns apply. HTTP and HTTPS share one loopback port: the first
 * byte of a connection tells a TLS handshake from plain HTTP.
 *
 * Every request is recorded, whatever its host, so a test can prove that
 * nothing left for any other address.
 */
import { Duplex } from 'node:stream';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const PAGES_DIR = resolve(here, '../fixtures/pages');

export interface RecordedRequest {
  method: string;
  /** Full URL as the browser asked for it, e.g. https://www.un.org/x. */
  url: string;
  host: string;
  status: number;
}

export type Override = { status?: number; type?: string; body: string | Buffer };

export interface FixtureServer {
  port: number;
  requests: RecordedRequest[];
  /** Serves `body` for one URL (scheme ignored) instead of the fixture file. */
  override(url: string, response: Override | null): void;
  /** Serves files of `dir` under `https://<host><prefix>`. */
  mount(host: string, prefix: string, dir: string): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  const overrides = new Map<string, Override>();
  const mounts: { host: string; prefix: string; dir: string }[] = [];

  async function resolveFile(host: string, pathname: string): Promise<string | null> {
    for (const m of mounts) {
      if (m.host === host && pathname.startsWith(m.prefix)) {
        const file = safeJoin(m.dir, decodeURIComponent(pathname.slice(m.prefix.length)));
        const info = file ? await stat(file).catch(() => null) : null;
        return info?.isFile() ? file : null;
      }
    }
    const base = safeJoin(join(PAGES_DIR, host), decodeURIComponent(pathname));
    if (!base) return null;
    for (const candidate of [base, join(base, 'index.html'), `${base}.html`]) {
      const info = await stat(candidate).catch(() => null);
      if (info?.isFile()) return candidate;
    }
    return null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, scheme: 'http' | 'https') {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = `${scheme}://${host}${req.url ?? '/'}`;
    const record: RecordedRequest = { method: req.method ?? 'GET', url, host, status: 200 };
    requests.push(record);
    const key = url.replace(/^https?:/, '');
    const override = overrides.get(key);
    if (override) {
      record.status = override.status ?? 200;
      res.writeHead(record.status, { 'content-type': override.type ?? 'text/html; charset=utf-8' });
      res.end(override.body);
      return;
    }
    const pathname = new URL(url).pathname;
    const file = await resolveFile(host, pathname);
    if (!file) {
      record.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(body);
  }

  const tls = {
    key: readFileSync(join(here, 'tls/key.pem')),
    cert: readFileSync(join(here, 'tls/cert.pem')),
  };
  const http = createHttpServer((req, res) => void handle(req, res, 'http'));
  const https = createHttpsServer(tls, (req, res) => void handle(req, res, 'https'));
  const front = createNetServer((socket: Socket) => {
    socket.once('data', (first) => {
      if (first[0] !== 0x16) {
        socket.pause();
        socket.unshift(first);
        http.emit('connection', socket);
        socket.resume();
        return;
      }
      // 0x16 opens a TLS handshake. TLS reads the socket's native handle and
      // would miss the bytes already read, so it gets a JS stream instead.
      const stream = new Duplex({
        read() {},
        write(chunk, encoding, callback) {
          socket.write(chunk, encoding, callback);
        },
        final(callback) {
          socket.end();
          callback();
        },
        destroy(error, callback) {
          socket.destroy();
          callback(error);
        },
      });
      stream.push(first);
      socket.on('data', (chunk) => stream.push(chunk));
      socket.on('end', () => stream.push(null));
      socket.on('close', () => stream.destroy());
      https.emit('connection', stream);
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((done) => front.listen(0, '127.0.0.1', done));
  const port = (front.address() as AddressInfo).port;

  return {
    port,
    requests,
    override(url, response) {
      const key = url.replace(/^https?:/, '');
      if (response) overrides.set(key, response);
      else overrides.delete(key);
    },
    mount(host, prefix, dir) {
      mounts.push({ host, prefix, dir });
    },
    close: () =>
      new Promise((done) => {
        http.closeAllConnections();
        https.closeAllConnections();
        front.close(() => done());
      }),
  };
}

function safeJoin(dir: string, path: string): string | null {
  const full = normalize(join(dir, path));
  return full.startsWith(dir) ? full : null;
}
