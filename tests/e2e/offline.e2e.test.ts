/**
 * Offline first, proven the hard way: after one visit the server is STOPPED and a new browser
 * on the same profile opens every section, deep links included, and finds the data saved before.
 */
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { launch, newProfile, open, removeProfile, serveDist, waitForPacks, waitForServiceWorker, watch, type Served } from './harness';

const DEEP_LINKS = ['/', '/supplies', '/shelters', '/guidance', '/guidance/now', '/drills', '/plan', '/about', '/no-such-page'];

let server: Served;
let profile: string;

beforeAll(async () => {
  server = await serveDist();
  profile = await newProfile();
});
afterAll(async () => {
  await server?.stop();
  await removeProfile(profile);
});

describe('offline after one visit', () => {
  let packCount = 0;

  test('first visit: the service worker takes control and the packs are stored in IndexedDB', async () => {
    const context = await launch(profile);
    onTestFinished(() => context.close());
    const page = await context.newPage();
    const w = watch(page, server.url);
    await open(page, `${server.url}/?lang=en`);
    await waitForServiceWorker(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    await waitForPacks(page);
    await open(page, `${server.url}/about`);
    await page.getByTestId('packs-table').waitFor();
    packCount = await page.getByTestId('packs-table').locator('tbody tr').count();
    expect(packCount).toBeGreaterThan(0);
    expect(w.problems).toEqual([]);
  });

  test('server stopped: a new browser opens every deep link, in the language chosen before', async () => {
    await server.stop();
    const offline = await fetch(`${server.url}/`).then(
      () => 'reachable',
      () => 'unreachable',
    );
    expect(offline).toBe('unreachable');

    const context = await launch(profile);
    onTestFinished(() => context.close());
    const page = await context.newPage();
    const w = watch(page, server.url);
    for (const p of DEEP_LINKS) {
      await open(page, `${server.url}${p}`);
      expect(await page.getAttribute('html', 'lang'), p).toBe('en');
      expect((await page.locator('main h1').first().innerText()).trim().length, `${p} has a heading`).toBeGreaterThan(0);
    }
    // The About page reads the packs from IndexedDB: the data stored on the first visit.
    await open(page, `${server.url}/about`);
    await page.getByTestId('packs-table').waitFor();
    expect(await page.getByTestId('packs-table').locator('tbody tr').count()).toBe(packCount);
    expect(w.problems).toEqual([]);
  });
});
