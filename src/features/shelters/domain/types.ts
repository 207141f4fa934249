/** Shapes shared by the shelter domain, the repo, the hooks and the pack builders. */

/** One shelter (a building with registered shelter places) as stored in the `shelters` table. */
export interface ShelterRow {
  /** `${origin or sourceId}:${sourceRecordId}`. */
  id: string;
  /** 'shelters' for the shipped pack; a user source id (`import-…`) for imports. */
  sourceId: string;
  /** The id in the source file (BBR building id, romnr, or row number); packs keep it in `id` only. */
  sourceRecordId?: string;
  lon: number;
  lat: number;
  /** Registered shelter places. */
  capacity: number;
  address?: string;
  name?: string;
  /** For pack rows: index into the pack's `sources` (which file the row came from). */
  sourceIndex?: number;
}

/** A validated record from a shelter file, before it gets a source. */
export type ShelterCandidate = Omit<ShelterRow, 'id' | 'sourceId' | 'sourceIndex' | 'sourceRecordId'> & { sourceRecordId: string };

/** A user-imported shelter source (rows in `shelterSources`). */
export interface ShelterSourceRow {
  id: string;
  kind: 'import';
  name: string;
  fileName: string;
  count: number;
  capacity: number;
  importedAt: string;
  /** 'importing' until the last chunk is written; leftovers are cleaned up at start. */
  status: 'importing' | 'ready';
}

export type PlaceKind = 'postal' | 'town' | 'municipality';

/** A place for the offline "where am I" search (rows in `places`, from the places pack). */
export interface PlaceRow {
  /** `postal:8000`, `postal:1000-1499`, `town:2624652`, `municipality:0751`. */
  id: string;
  kind: PlaceKind;
  name: string;
  lat: number;
  lon: number;
  /** Postal code or range as written ("8000", "1000-1499"); municipality code ("0751"). */
  code?: string;
  /** Postal ranges: first and last code. */
  from?: number;
  to?: number;
  /** [minLon, minLat, maxLon, maxLat] where known. */
  bbox?: [number, number, number, number];
  /** Municipality code(s) the place lies in. */
  municipalities?: string[];
  population?: number;
  region?: string;
  sourceId?: string;
}
