/**
 * Turns the shipped DAGI / GeoNames lists into place rows (used by the places pack builder and
 * the tests). Throws PlaceDataError naming the list, the record and the field on bad input.
 */
import { foldName } from './places';
import type { PlaceRow } from './types';

export class PlaceDataError extends Error {
  constructor(
    readonly list: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${list}: ${field}: ${detail}`);
    this.name = 'PlaceDataError';
  }
}

type Obj = Record<string, unknown>;

function arr(v: unknown, list: string): Obj[] {
  if (!Array.isArray(v)) throw new PlaceDataError(list, '(root)', 'expected an array');
  return v as Obj[];
}
function str(o: Obj, k: string, list: string, i: number): string {
  const v = o[k];
  if (typeof v !== 'string' || v.trim() === '') throw new PlaceDataError(list, `[${i}].${k}`, `expected text, got ${JSON.stringify(v)}`);
  return v;
}
function num(o: Obj, k: string, list: string, i: number, min: number, max: number): number {
  const v = o[k];
  if (typeof v !== 'number' || !(v >= min && v <= max)) throw new PlaceDataError(list, `[${i}].${k}`, `expected a number in ${min}..${max}, got ${JSON.stringify(v)}`);
  return v;
}
function bbox(o: Obj, list: string, i: number): PlaceRow['bbox'] {
  const b = o.bbox;
  if (b === undefined) return undefined;
  if (!Array.isArray(b) || b.length !== 4 || !b.every((x) => typeof x === 'number')) throw new PlaceDataError(list, `[${i}].bbox`, 'expected [minLon, minLat, maxLon, maxLat]');
  return b as [number, number, number, number];
}

export function placeRecords(postal: unknown, towns: unknown, municipalities: unknown): PlaceRow[] {
  const out: PlaceRow[] = [];
  const townIds = new Set<string>();
  arr(postal, 'dk-postnumre.json').forEach((p, i) => {
    const L = 'dk-postnumre.json';
    const from = Number(str(p, 'fra', L, i));
    const to = Number(str(p, 'til', L, i));
    if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) throw new PlaceDataError(L, `[${i}].fra/til`, 'expected a code range');
    out.push({
      id: `postal:${str(p, 'nr', L, i)}`,
      kind: 'postal',
      name: str(p, 'navn', L, i),
      code: str(p, 'nr', L, i),
      from,
      to,
      lat: num(p, 'lat', L, i, 54, 58),
      lon: num(p, 'lon', L, i, 7, 16),
      bbox: bbox(p, L, i),
      municipalities: Array.isArray(p.kommuner) ? (p.kommuner as string[]) : undefined,
    });
  });
  arr(towns, 'dk-byer-geonames.json').forEach((t, i) => {
    const L = 'dk-byer-geonames.json';
    // 97 towns come without a GeoNames id: key them by municipality and name instead.
    const key = t.geonameid == null ? `${str(t, 'kommunekode', L, i)}-${foldName(str(t, 'navn', L, i)).replace(/ /g, '-')}` : String(num(t, 'geonameid', L, i, 1, 1e10));
    let id = `town:${key}`;
    for (let n = 2; townIds.has(id); n++) id = `town:${key}-${n}`;
    townIds.add(id);
    const row: PlaceRow = {
      id,
      kind: 'town',
      name: str(t, 'navn', L, i),
      lat: num(t, 'lat', L, i, 54, 58),
      lon: num(t, 'lon', L, i, 7, 16),
    };
    if (typeof t.kommunekode === 'string') row.municipalities = [t.kommunekode];
    if (typeof t.indbyggere === 'number') row.population = t.indbyggere;
    out.push(row);
  });
  arr(municipalities, 'dk-kommuner.json').forEach((m, i) => {
    const L = 'dk-kommuner.json';
    out.push({
      id: `municipality:${str(m, 'kode', L, i)}`,
      kind: 'municipality',
      name: str(m, 'navn', L, i),
      code: str(m, 'kode', L, i),
      lat: num(m, 'lat', L, i, 54, 58),
      lon: num(m, 'lon', L, i, 7, 16),
      bbox: bbox(m, L, i),
      region: typeof m.region === 'string' ? m.region : undefined,
    });
  });
  const seen = new Set<string>();
  for (const p of out) {
    if (seen.has(p.id)) throw new PlaceDataError(p.kind, p.id, 'duplicate id');
    seen.add(p.id);
  }
  return out;
}
