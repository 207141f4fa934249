import { useLiveQuery } from 'dexie-react-hooks';
import { db, type PackRow } from '../../../lib/db/db';
import { listShelterSources, SHELTER_PACK_ID } from '../db/shelters-repo';
import type { ShelterSourceRow } from '../domain/types';

export interface ShelterSources {
  pack?: PackRow;
  imports: ShelterSourceRow[];
}

/** The shipped shelter pack (sources, licences, date) and the user's imported sources. */
export function useShelterSources(): ShelterSources | undefined {
  return useLiveQuery(async () => ({ pack: await db.packs.get(SHELTER_PACK_ID), imports: await listShelterSources() }), []);
}
