/**
 * The shipped nginx configuration (deploy/nginx/) serves the build like `npm start` does: the
 * same security headers, cache rules, deep links, gzip, no CSP violation, and the app keeps
 * working offline once nginx is stopped.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SECURITY_HEADERS } from '../../deploy/headers.mjs';
import { launch, newProfile, open, removeProfile, serveDist, waitForServiceWorker, watch, type Served } from './harness';
import { serveWithNginx } from './nginx';

let nginx: Served;
let node: Served;
let profile: string;

beforeAll(async () => {
  nginx = await serveWithNginx();
  node = await serveDist();
  profile = await newProfile();
});
afterAll(async () => {
  await nginx?.stop();
  await node?.stop();
  await removeProfile(profile);
});

async function headersOf(base: string, p: string, init?: RequestInit): Promise<Headers> {
  const res = await fetch(`${base}${p}`, init);
  expect(res.status, `${base}${p}`).toBe(200);
  await res.arrayBuffer();
  return res.headers;
}

describe('nginx (deploy/nginx/beredt.conf)', () => {
  test('sends the same security headers as npm start on every kind of path', async () => {
    const assets = await (await fetch(`${node.url}/`)).text();
    const asset = assets.match(/\/assets\/[^"]+\.js/)![0];
    for (const p of ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/shelters', '/guidance/now', asset]) {
      const [a, b] = await Promise.all([headersOf(nginx.url, p), headersOf(node.url, p)]);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(a.get(name), `nginx ${name} on ${p}`).toBe(value);
        expect(b.get(name), `node ${name} on ${p}`).toBe(value);
      }
      expect(a.get('cache-control'), `nginx cache-control on ${p}`).toBe(b.get('cache-control'));
    }
  });

  test('caches hashed assets for a year, revalidates the shell, serves deep links and gzip', async () => {
    const html = await (await fetch(`${nginx.url}/drills`)).text();
    expect(html).toContain('<div id="root">');
    const asset = html.match(/\/assets\/[^"]+\.js/)![0];
    expect((await headersOf(nginx.url, asset)).get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await headersOf(nginx.url, '/sw.js')).get('cache-control')).toBe('no-cache');
    expect((await headersOf(nginx.url, '/plan')).get('cache-control')).toBe('no-cache');
    expect((await headersOf(nginx.url, '/manifest.webmanifest')).get('content-type')).toContain('application/manifest+json');
    const gz = await headersOf(nginx.url, asset, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.get('content-encoding')).toBe('gzip');
    expect((await fetch(`${nginx.url}/assets/missing.js`)).status).toBe(404);
  });

  test('the app runs under nginx with no CSP violation, then offline with nginx stopped', async () => {
    let context = await launch(profile);
    let page = await context.newPage();
    const w = watch(page, nginx.url);
    await open(page, `${nginx.url}/`);
    await waitForServiceWorker(page);
    for (const p of ['/guidance', '/about']) await open(page, `${nginx.url}${p}`);
    expect(w.problems).toEqual([]);
    await context.close();

    await nginx.stop();
    context = await launch(profile);
    page = await context.newPage();
    const offline = watch(page, nginx.url);
    await open(page, `${nginx.url}/about`);
    await expect(page.locator('main h1').innerText()).resolves.toBe('Om Beredt');
    expect(offline.problems).toEqual([]);
    await context.close();
  });
});
