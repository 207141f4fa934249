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
 * Seeds `count` synthetic shelters as a finished import (what a national file gives). With
 * `points`, also the source's index record as importShelterSource saves it with the ready mark
 * (shelters-repo.ts: table `shelterPoints`, key `shelters.points:<sourceId>`, { version: 'import', ids, coords });
 * without it, the worst case: rows only (e.g. data imported by an older version of the app). A
 * plain string, run in the page: bundler helpers such as __name must not leak into it.
 */
const SEED = `async (count, points) => {
  const req = indexedDB.open('beredt');
  const idb = await new Promise((res, rej) => { req.onsuccess = () => res(req.result); req.onerror = () => rej(req.error); });
  const tx = idb.transaction(['shelters', 'shelterSources', 'shelterPoints'], 'readwrite');
  const sh = tx.objectStore('shelters');
  const ids = [];
  const coords = new Float64Array(count * 2);
  let seed = 7;
  for (let i = 0; i < count; i++) {
    seed = (seed * 16807) % 2147483647; const a = seed / 2147483647;
    seed = (seed * 16807) % 2147483647; const b = seed / 2147483647;
    sh.put({ id: 'bench:' + i, sourceId: 'bench', sourceRecordId: String(i), lon: 8 + a * 7, lat: 54.6 + b * 3, capacity: 1 + (i % 400), address: 'Benchvej ' + i + ', 8000 Aarhus C' });
    ids.push('bench:' + i); coords[2 * i] = 8 + a * 7; coords[2 * i + 1] = 54.6 + b * 3;
  }
  if (points) tx.objectStore('shelterPoints').put({ key: 'shelters.points:bench', value: { version: 'import', ids, coords } });
  tx.objectStore('shelterSources').put({ id: 'bench', kind: 'import', name: 'bench', fileName: 'bench', count, capacity: 0, importedAt: new Date().toISOString(), status: 'ready' });
  await new Promise((res, rej) => { tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
  const c = idb.transaction('shelters').objectStore('shelters').count();
  return new Promise((res) => { c.onsuccess = () => res(c.result); });
}`;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchIndexReady(root: string, n: number, runs = 7, points = true): Promise<Record<string, string | number>> {
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
    // Seed n synthetic shelters as a finished import (what a national file would give), from the
    // start page: an open shelters page would see the change and rebuild (and cache) the index
    // itself, so the next start would not be a first start after a data change.
    await page.goto(`${url}/`);
    const stored = (await page.evaluate(`(${SEED})(${n}, ${points})`)) as number;
    if (await page.evaluate(() => performance.getEntriesByName('beredt:shelter-index-read').length > 0)) throw new Error('the start page built the shelter index: seed elsewhere');
    const times: number[] = [];
    const parts: { read: number; build: number }[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(`${url}/shelters`);
      await page.waitForFunction(() => performance.getEntriesByName('beredt:shelter-index-ready').length > 0, null, { timeout: 60_000 });
      const m = await page.evaluate(() => ['read', 'build', 'ready'].map((k) => performance.getEntriesByName(`beredt:shelter-index-${k}`)[0]?.startTime ?? NaN));
      times.push(m[2]!);
      parts.push({ read: m[1]! - m[0]!, build: m[2]! - m[1]! });
      await page.waitForTimeout(300); // a person looks at the page before leaving it (saves run after "ready")
    }
    // Run 1 is the first start after the data change (the seeding): it reads the import's index
    // record (or, seeded without one, every row, and saves the record); later starts read records.
    const [first, ...warm] = times;
    return {
      'shelters in IndexedDB': stored,
      'seeded as': points ? 'an import (rows + index record)' : 'rows only (worst case)',
      'first start after a data change ms': Math.round(first!),
      'first start: start → read begins ms': Math.round(first! - parts[0]!.read - parts[0]!.build),
      'first start: reading the points ms': Math.round(parts[0]!.read),
      'first start: building the index ms': Math.round(parts[0]!.build),
      'later starts: runs': warm.length,
      'later starts: median ms': Math.round(median(warm)),
      'later starts: min ms': Math.round(Math.min(...warm)),
      'later starts: max ms': Math.round(Math.max(...warm)),
      'later starts: start → read begins, median ms': Math.round(median(warm.map((t, i) => t - parts[i + 1]!.read - parts[i + 1]!.build))),
      'later starts: reading the points, median ms': Math.round(median(parts.slice(1).map((p) => p.read))),
    };
  } finally {
    await context.close();
    await new Promise<void>((r) => server.close(() => r()));
    await rm(profile, { recursive: true, force: true });
  }
}
