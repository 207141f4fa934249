/**
 * Shelter bench (not a test): `npx tsx scripts/bench-shelters.ts` (run by `npm run bench`).
 *
 * 1. nearest-10 with kdbush + geokdbush at 2k, 25k and 1M synthetic points in Denmark's bbox,
 *    beside a plain linear scan; build time and memory of the index.
 * 2. If dist/ exists (after `npm run build`): time from app start to "index ready" for 25k
 *    shelters read from IndexedDB in Chromium (see ./bench-shelters-browser.ts).
 *
 * Targets (issue 4): nearest-10 ≤ 0.2 ms median at 25k; ≥ 50× faster than the scan at 1M;
 * index ready ≤ 300 ms at 25k.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DENMARK_BBOX } from '../src/features/shelters/domain/geo';
import { buildShelterIndex, indexBytes, nearestByScan, nearestShelters } from '../src/features/shelters/domain/spatial-index';

/** Deterministic pseudo-random numbers (mulberry32), so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticShelters(n: number, seed = 1): { id: number; lon: number; lat: number; capacity: number }[] {
  const r = rng(seed);
  const b = DENMARK_BBOX;
  return Array.from({ length: n }, (_, id) => ({ id, lon: b.minLon + r() * (b.maxLon - b.minLon), lat: b.minLat + r() * (b.maxLat - b.minLat), capacity: 1 + Math.floor(r() * 500) }));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time<T>(fn: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

export function benchIndex(n: number, queries: number, scanQueries: number): Record<string, string | number> {
  const pts = syntheticShelters(n);
  const heapBefore = process.memoryUsage().heapUsed;
  const built = time(() => buildShelterIndex(pts));
  const index = built.value;
  const qs = syntheticShelters(queries, 99);
  for (const q of qs.slice(0, 50)) nearestShelters(index, q, 10); // warm-up
  const idxTimes = qs.map((q) => time(() => nearestShelters(index, q, 10)).ms);
  const scanTimes = qs.slice(0, scanQueries).map((q) => time(() => nearestByScan(pts, q, 10)).ms);
  // The index must give the scan's answer.
  for (const q of qs.slice(0, 5)) {
    const a = nearestShelters(index, q, 10).map((x) => x.item.id).join();
    const b = nearestByScan(pts, q, 10).map((x) => x.item.id).join();
    if (a !== b) throw new Error(`index and scan disagree at ${n} points`);
  }
  const idx = median(idxTimes);
  const scan = median(scanTimes);
  return {
    points: n,
    'build ms': +built.ms.toFixed(1),
    'nearest-10 median ms': +idx.toFixed(4),
    'scan median ms': +scan.toFixed(3),
    speed_up: `${Math.round(scan / idx)}×`,
    'index tree KB': Math.round(indexBytes(index) / 1024),
    'JS heap Δ MB (build)': +((process.memoryUsage().heapUsed - heapBefore) / 1048576).toFixed(1),
  };
}

async function main(): Promise<void> {
  console.log('Shelters: nearest-10 (kdbush + geokdbush) vs linear scan, synthetic points in Denmark');
  const rows = [benchIndex(2_000, 2_000, 500), benchIndex(25_000, 2_000, 200), benchIndex(1_000_000, 1_000, 20)];
  console.table(rows);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  if (existsSync(path.join(root, 'dist', 'index.html'))) {
    const { benchIndexReady } = await import('./bench-shelters-browser');
    console.log('Shelters: app start → index ready, 25k shelters from IndexedDB, Chromium (built app)');
    console.table([await benchIndexReady(root, 25_000), await benchIndexReady(root, 25_000, 7, false)]);
  } else {
    console.log('Shelters: no dist/ — run `npm run build` for the in-browser "index ready" figure.');
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
