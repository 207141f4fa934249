#!/usr/bin/env node
/**
 * Serves the production build (dist/) the way a real static host does: security headers, cache
 * headers, gzip, and index.html for deep links. `npm start` builds first, then runs this.
 *
 *   node scripts/serve.mjs [--dir dist] [--port 4173] [--host 127.0.0.1]
 */
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';
import { SECURITY_HEADERS, cacheControlFor } from '../deploy/headers.mjs';

/**
 * @param {{ dir: string, port: number, host?: string }} opts
 * @returns {Promise<import('node:http').Server>}
 */
export function createServer({ dir, port, host = '127.0.0.1' }) {
  const files = sirv(dir, {
    single: true,
    etag: true,
    dev: false,
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', cacheControlFor(pathname));
    },
  });
  const gzip = compression();
  const server = http.createServer((req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    gzip(req, res, () => files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dir = path.resolve(root, arg('dir', 'dist'));
  const port = Number(arg('port', process.env.PORT ?? 4173));
  const host = arg('host', '127.0.0.1');
  await createServer({ dir, port, host });
  console.log(`Beredt is served from ${path.relative(root, dir) || dir} at http://localhost:${port}/`);
}
