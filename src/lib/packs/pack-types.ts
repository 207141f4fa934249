/**
 * Content and data packs: the format shared by the build (scripts/build-packs.ts) and the app's
 * loader (src/lib/packs/load-packs.ts).
 *
 * The build writes `public/packs/index.json` (a PackIndex) and one `<id>.<version>.json` per
 * pack (a Pack). They are precached by the service worker; on first run and whenever a pack's
 * version changes, the app loads the pack into IndexedDB in one transaction.
 */

/** The tables a pack can fill. Each pack replaces only the rows it owns. */
export type PackTarget = 'guidance' | 'catalogue' | 'scenarios' | 'shelters' | 'places';

export interface PackSource {
  /** Human-readable name, e.g. "BBR via MELICA, Aarhus University". */
  title: string;
  /** Licence name, e.g. "CC BY-NC-SA 4.0". */
  licence: string;
  /** Attribution text to show, if the licence asks for one. */
  attribution?: string;
  url?: string;
}

export interface PackMeta {
  /** Stable id, e.g. "guidance", "supplies", "drills", "shelters", "places". */
  id: string;
  /** Content hash of `records`: changes whenever the content changes. */
  version: string;
  /** ISO date the content was last checked or extracted (YYYY-MM-DD). */
  date: string;
  /** Number of records. */
  count: number;
  /** Which table the records go to. */
  target: PackTarget;
  sources: PackSource[];
  /** File name under /packs/. */
  file: string;
}

export interface PackIndex {
  /** Format version of the index itself. */
  format: 1;
  builtAt: string;
  packs: PackMeta[];
}

export interface Pack<R = unknown> {
  format: 1;
  meta: Omit<PackMeta, 'file'>;
  records: R[];
}
