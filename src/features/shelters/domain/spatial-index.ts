/**
 * Nearest-shelter queries over a static k-d tree (kdbush) with great-circle search (geokdbush).
 * Built once from the rows in IndexedDB; rebuilt when a source is added or removed.
 */
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { bearingDegrees, compassPoint, distanceMeters, type CompassPoint, type LonLat } from './geo';

export interface ShelterIndex<T extends LonLat> {
  readonly items: readonly T[];
  readonly tree: KDBush;
}

export interface Nearby<T> {
  item: T;
  meters: number;
  bearing: number;
  compass: CompassPoint;
}

/** Builds the index (an empty list gives an empty index). */
export function buildShelterIndex<T extends LonLat>(items: readonly T[]): ShelterIndex<T> {
  const tree = new KDBush(Math.max(1, items.length));
  for (const s of items) tree.add(s.lon, s.lat);
  if (items.length === 0) tree.add(0, 0); // kdbush needs one point; `items` stays empty and it is never returned.
  tree.finish();
  return { items, tree };
}

/** Bytes held by the tree itself (coordinates and ids, not the items). */
export function indexBytes(index: ShelterIndex<LonLat>): number {
  return index.tree.data.byteLength;
}

/** The `k` items nearest to `from`, nearest first, with distance and direction from `from`. */
export function nearestShelters<T extends LonLat>(index: ShelterIndex<T>, from: LonLat, k = 10): Nearby<T>[] {
  if (index.items.length === 0) return [];
  const ids = around(index.tree as never, from.lon, from.lat, k) as unknown as number[];
  return ids.map((id) => describe(index.items[id]!, from));
}

function describe<T extends LonLat>(item: T, from: LonLat): Nearby<T> {
  const bearing = bearingDegrees(from, item);
  return { item, meters: distanceMeters(from, item), bearing, compass: compassPoint(bearing) };
}

/** The same answer by a plain scan of every item: the reference for tests and the bench. */
export function nearestByScan<T extends LonLat>(items: readonly T[], from: LonLat, k = 10): Nearby<T>[] {
  const best: { i: number; d: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    const d = distanceMeters(from, items[i]!);
    if (best.length < k || d < best[best.length - 1]!.d) {
      let j = best.length < k ? best.length : k - 1;
      while (j > 0 && best[j - 1]!.d > d) {
        best[j] = best[j - 1]!;
        j--;
      }
      best[j] = { i, d };
    }
  }
  return best.map((b) => describe(items[b.i]!, from));
}
