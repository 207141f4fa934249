import { useLiveQuery } from 'dexie-react-hooks';
import { db, type PackRow } from '../../../lib/db/db';
import { readAllPlaces } from '../db/places-repo';
import type { PlaceRow } from '../domain/types';

/** Places for the offline search (undefined while loading) and the places pack's sources. */
export function usePlaces(): { places: PlaceRow[]; pack?: PackRow } | undefined {
  return useLiveQuery(async () => ({ places: await readAllPlaces(), pack: await db.packs.get('places') }), []);
}
