/** Reads of the places table (filled by the places pack). */
import { db } from '../../../lib/db/db';
import type { PlaceRow } from '../domain/types';

export async function readAllPlaces(): Promise<PlaceRow[]> {
  return db.places.toArray();
}
