/**
 * Offline first, proven the hard way: after one visit the server is STOPPED and a new browser
 * on the same profile opens every section, deep links included, and finds the data saved before.
 */
import { describe, expect, test } from 'vitest';
import { open, useServedApp, waitForPacks, waitForServiceWorker } from './harness';

const DEEP_LINKS = ['/', '/supplies', '/shelters', '/guidance', '/guidance/now', '/drills', '/plan', '/about', '/no-such-page'];

const app = useServedApp();

describe('offline after one visit', () => {
  let packCount = 0;

  test('first visit: the service worker takes control and the packs are stored in IndexedDB', async () => {
    const { page, watch: w } = app;
    await open(page, `${app.url}/?lang=en`);
    await waitForServiceWorker(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    await waitForPacks(page);
    await open(page, `${app.url}/about`);
    await page.getByTestId('packs-table').waitFor();
    packCount = await page.getByTestId('packs-table').locator('tbody tr').count();
    expect(packCount).toBeGreaterThan(0);
    expect(w.problems).toEqual([]);
  });

  test('server stopped: a new browser opens every deep link, in the language chosen before', async () => {
    await app.close();
    await app.stopServer();
    const offline = await fetch(`${app.url}/`).then(
      () => 'reachable',
      () => 'unreachable',
    );
    expect(offline).toBe('unreachable');

    const page = await app.relaunch();
    const w = app.watch;
    for (const p of DEEP_LINKS) {
      await open(page, `${app.url}${p}`);
      expect(await page.getAttribute('html', 'lang'), p).toBe('en');
      expect((await page.locator('main h1').first().innerText()).trim().length, `${p} has a heading`).toBeGreaterThan(0);
    }
    // The About page reads the packs from IndexedDB: the data stored on the first visit.
    await open(page, `${app.url}/about`);
    await page.getByTestId('packs-table').waitFor();
    expect(await page.getByTestId('packs-table').locator('tbody tr').count()).toBe(packCount);
    expect(w.problems).toEqual([]);
  });
});
