// A tiny static file server for the end-to-end tests: 127.0.0.1, a random free port, no dependencies.
//
// `mounts` maps URL prefixes to directories, longest prefix first. A mount can add response headers (a strict
// Content-Security-Policy), can refuse the wasm (to test the loader's fallback) and can gzip what it sends (for
// `cargo xtask bench`, which counts bytes as a compressing web server sends them; a file is compressed once, as
// by a server with precompressed files, so no response waits for gzip -9 of a 1.5 MB script). Everything the
// server answers is recorded in `served`, so tests can also check the browser asked for nothing unexpected. A mount
// can also put a script of the tests first in each page's <head> (a same-origin file, so a strict CSP allows it),
// for browsers whose driver cannot inject one (WebKit).
//
// A page whose first line is `<!--#head lang="xx"-->` is sent with that line replaced by `head.html` from its own
// folder, `{lang}` filled in: the plain test pages (e2e/pages) share their head that way and hold only what differs.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** The policy the issue asks the widget to work under, plus `default-src 'self'` so nothing else sneaks in. */
export const STRICT_CSP =
  "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** The response headers of a mount served under {@link STRICT_CSP}. */
export const STRICT_CSP_HEADERS = { 'Content-Security-Policy': STRICT_CSP };

const HEAD = /^<!--#head lang="([a-z-]+)"-->\n/;

/** `body` with its shared-head marker, if it has one, replaced by the `head.html` next to `file`. */
async function withHead(file, body) {
  const lang = HEAD.exec(body.toString())?.[1];
  if (!lang) return body;
  const head = (await readFile(join(dirname(file), 'head.html'), 'utf8')).replaceAll('{lang}', lang);
  return Buffer.from(body.toString().replace(HEAD, head));
}

/**
 * @param {Array<{prefix: string, dir: string, headers?: object, refuseWasm?: boolean, gzip?: boolean, script?: string}>} mounts
 * @returns {Promise<{origin: string, served: string[], close: () => Promise<void>}>}
 */
export async function serve(mounts) {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const served = [];
  const compressed = new Map();
  const gzip = (file, body) => {
    const cached = compressed.get(file);
    if (cached?.body.equals(body)) return cached.gzip;
    const packed = gzipSync(body, { level: 9 });
    compressed.set(file, { body, gzip: packed });
    return packed;
  };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    served.push(path);
    const mount = sorted.find((m) => path.startsWith(m.prefix));
    const send = (status, body, headers = {}) => {
      response.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      response.end(body);
    };
    if (!mount) return send(404, 'not found');
    if (mount.refuseWasm && path.endsWith('.wasm')) return send(404, 'not found (refused on purpose)');
    const root = resolve(mount.dir);
    let file = normalize(join(root, path.slice(mount.prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return send(403, 'forbidden');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      let body = type.startsWith('text/html') ? await withHead(file, await readFile(file)) : await readFile(file);
      if (mount.script && type.startsWith('text/html')) {
        body = Buffer.from(String(body).replace(/<head>/i, `$&<script src="${mount.script}"></script>`));
      }
      const headers = { 'Content-Type': type, ...(mount.headers ?? {}) };
      if (mount.gzip && type !== 'image/png' && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        send(200, gzip(file, body), { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      } else {
        send(200, body, headers);
      }
    } catch {
      send(404, 'not found');
    }
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
