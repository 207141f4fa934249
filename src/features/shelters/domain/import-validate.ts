/**
 * Validation of shelter files (GeoJSON points or CSV rows), shared by the data build and the
 * in-app import. Every problem names the record (1-based) and the field, so a person can fix
 * the file; valid records are kept so a preview can show what would be imported.
 */
import { inDenmark } from './geo';
import type { ShelterCandidate } from './types';

export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
export const MAX_IMPORT_RECORDS = 300_000;

export type ProblemCode =
  | 'geometry-not-point'
  | 'wrong-type'
  | 'coordinates-invalid'
  | 'coordinates-swapped'
  | 'outside-denmark'
  | 'capacity-missing'
  | 'capacity-not-number'
  | 'capacity-not-integer'
  | 'capacity-negative'
  | 'capacity-zero'
  | 'duplicate';

export interface ImportProblem {
  /** 1-based record number (feature or data row). */
  record: number;
  recordId?: string;
  /** The field as written in the file, e.g. `properties.pladser`, `geometry.coordinates`, `lat`. */
  field: string;
  code: ProblemCode;
  /** The offending value, shortened, for the message. */
  value?: string;
}

export type FileErrorCode = 'too-large' | 'empty' | 'not-json' | 'not-geojson' | 'too-many' | 'csv-no-coordinates' | 'csv-unreadable';

export class ShelterFileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'ShelterFileError';
  }
}

export interface ImportResult {
  format: 'geojson' | 'csv';
  /** Latitude and longitude were read the other way round (the reader asked for it). */
  swapped?: boolean;
  /** Records in the file. */
  total: number;
  shelters: ShelterCandidate[];
  problems: ImportProblem[];
  /** Sum of places of the valid records. */
  capacity: number;
}

/** One record as read from a file, before validation; field names say where each value was. */
export interface RawRecord {
  geometryType?: unknown;
  lon: unknown;
  lat: unknown;
  coordField: { lon: string; lat: string };
  /** GeoJSON coordinates must be JSON numbers; CSV cells are text. */
  numericCoords?: boolean;
  capacity: unknown;
  capacityField: string;
  id?: unknown;
  idField?: string;
  address?: unknown;
  name?: unknown;
}

export function checkImportSize(bytes: number): void {
  if (bytes === 0) throw new ShelterFileError('empty');
  if (bytes > MAX_IMPORT_BYTES) throw new ShelterFileError('too-large', String(bytes));
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

/** A number from a number or a numeric string ("12", "56,15" with a decimal comma); NaN if not numeric, null if not a number-ish type. */
function toNumber(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return null;
  const t = v.trim();
  if (t === '') return NaN;
  const normal = /^-?\d+,\d+$/.test(t) ? t.replace(',', '.') : t;
  return /^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(normal) ? Number(normal) : NaN;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

export interface ValidateOptions {
  /**
   * Read each record's latitude as its longitude and the other way round: for files whose
   * columns or coordinate pairs are swapped (the preview offers it when records look swapped).
   */
  swap?: boolean;
}

/** Validates raw records; records with a problem are reported and left out. */
export function validateRecords(raw: readonly RawRecord[], format: ImportResult['format'], opts: ValidateOptions = {}): ImportResult {
  if (raw.length > MAX_IMPORT_RECORDS) throw new ShelterFileError('too-many', String(raw.length));
  const shelters: ShelterCandidate[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  let capacity = 0;
  raw.forEach((r, i) => {
    const record = i + 1;
    const idOk = typeof r.id === 'string' ? r.id.trim() !== '' : typeof r.id === 'number';
    const recordId = idOk ? String(r.id).trim() : undefined;
    const fail = (field: string, code: ProblemCode, value?: unknown): void => {
      problems.push({ record, recordId, field, code, ...(value === undefined ? {} : { value: show(value) }) });
    };
    if (r.id !== undefined && r.id !== null && r.id !== '' && !idOk) return fail(r.idField ?? 'id', 'wrong-type', r.id);
    if (r.geometryType !== undefined && r.geometryType !== 'Point') return fail('geometry.type', 'geometry-not-point', r.geometryType);
    const lonRaw = opts.swap ? r.lat : r.lon;
    const latRaw = opts.swap ? r.lon : r.lat;
    const lonField = opts.swap ? r.coordField.lat : r.coordField.lon;
    const latField = opts.swap ? r.coordField.lon : r.coordField.lat;
    const lon = r.numericCoords && typeof lonRaw !== 'number' ? null : toNumber(lonRaw);
    const lat = r.numericCoords && typeof latRaw !== 'number' ? null : toNumber(latRaw);
    if (lon === null) return fail(lonField, 'wrong-type', lonRaw);
    if (lat === null) return fail(latField, 'wrong-type', latRaw);
    if (!Number.isFinite(lon) || Math.abs(lon) > 180) return fail(lonField, 'coordinates-invalid', lonRaw);
    if (!Number.isFinite(lat) || Math.abs(lat) > 90) return fail(latField, 'coordinates-invalid', latRaw);
    if (!inDenmark(lon, lat)) {
      const code = inDenmark(lat, lon) ? 'coordinates-swapped' : 'outside-denmark';
      return fail(lonField === latField ? lonField : `${latField}/${lonField}`, code, [lon, lat]);
    }
    if (r.capacity === undefined || r.capacity === null || r.capacity === '') return fail(r.capacityField, 'capacity-missing');
    const cap = toNumber(r.capacity);
    if (cap === null) return fail(r.capacityField, 'wrong-type', r.capacity);
    if (!Number.isFinite(cap)) return fail(r.capacityField, 'capacity-not-number', r.capacity);
    if (cap < 0) return fail(r.capacityField, 'capacity-negative', r.capacity);
    if (!Number.isInteger(cap)) return fail(r.capacityField, 'capacity-not-integer', r.capacity);
    if (cap === 0) return fail(r.capacityField, 'capacity-zero', r.capacity);
    const key = recordId ?? `${round6(lon)},${round6(lat)},${cap}`;
    if (seen.has(key)) return fail(recordId ? (r.idField ?? 'id') : lonField, 'duplicate', recordId ?? key);
    seen.add(key);
    const shelter: ShelterCandidate = { sourceRecordId: recordId ?? `row-${record}`, lon: round6(lon), lat: round6(lat), capacity: cap };
    if (typeof r.address === 'string' && r.address.trim()) shelter.address = r.address.trim();
    if (typeof r.name === 'string' && r.name.trim()) shelter.name = r.name.trim();
    shelters.push(shelter);
    capacity += cap;
  });
  return { format, ...(opts.swap ? { swapped: true } : {}), total: raw.length, shelters, problems, capacity };
}
