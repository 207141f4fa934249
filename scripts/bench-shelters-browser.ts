/**
 * In-browser part of the shelter bench: time from app start (navigation) to "index ready"
 * (the `beredt:shelter-index-ready` performance mark) with N shelters read from IndexedDB,
 * in Debian's chromium against the built app (dist/) on the project's static server.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from './serve.mjs';

/**
 * Seeds `count` synthetic shelters as a finished import (what a national file gives). A plain
 * string, run in the page: bundler helpers such as __name must not leak into it.
 */
const SEED = `async (count) => {
  const req = indexedDB.open('beredt');
  const idb = await new Promise((res, rej) => { req.onsuccess = () => res(req.result); req.onerror = () => rej(req.error); });
  const tx = idb.transaction(['shelters', 'shelterSources'], 'readwrite');
  const sh = tx.objectStore('shelters');
  let seed = 7;
  for (let i = 0; i < count; i++) {
    seed = (seed * 16807) % 2147483647; const a = seed / 2147483647;
    seed = (seed * 16807) % 2147483647; const b = seed / 2147483647;
    sh.put({ id: 'bench:' + i, sourceId: 'bench', sourceRecordId: String(i), lon: 8 + a * 7, lat: 54.6 + b * 3, capacity: 1 + (i % 400), address: 'Benchvej ' + i + ', 8000 Aarhus C' });
  }
  tx.objectStore('shelterSources').put({ id: 'bench', kind: 'import', name: 'bench', fileName: 'bench', count, capacity: 0, importedAt: new Date().toISOString(), status: 'ready' });
  await new Promise((res, rej) => { tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
  const c = idb.transaction('shelters').objectStore('shelters').count();
  return new Promise((res) => { c.onsuccess = () => res(c.result); });
}`;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchIndexReady(root: string, n: number, runs = 7): Promise<Record<string, string | number>> {
  const port = 4300 + Math.floor(Math.random() * 500);
  const server = await createServer({ dir: path.join(root, 'dist'), port });
  const profile = await mkdtemp(path.join(tmpdir(), 'beredt-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const url = `http://localhost:${port}`;
    await page.goto(`${url}/shelters`);
    await page.waitForFunction(() => performance.getEntriesByName('beredt:shelter-index-ready').length > 0, null, { timeout: 60_000 });
    // Seed n synthetic shelters as a finished import (what a national file would give).
    const stored = (await page.evaluate(`(${SEED})(${n})`)) as number;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(`${url}/shelters`);
      await page.waitForFunction(() => performance.getEntriesByName('beredt:shelter-index-ready').length > 0, null, { timeout: 60_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('beredt:shelter-index-ready')[0]!.startTime));
    }
    // Run 1 follows the data change (the seeding): it reads every row and saves the index cache;
    // later starts read the cache.
    const [first, ...warm] = times;
    return {
      'shelters in IndexedDB': stored,
      'first start after a data change ms': Math.round(first!),
      'later starts: runs': warm.length,
      'later starts: median ms': Math.round(median(warm)),
      'later starts: min ms': Math.round(Math.min(...warm)),
      'later starts: max ms': Math.round(Math.max(...warm)),
    };
  } finally {
    await context.close();
    await new Promise<void>((r) => server.close(() => r()));
    await rm(profile, { recursive: true, force: true });
  }
}
