/**
 * Reading a shelter file's text into raw records: GeoJSON (FeatureCollection of Points) or CSV
 * (a header row with latitude, longitude and capacity columns; comma or semicolon separated).
 */
import Papa from 'papaparse';
import { findField } from './fields';
import { ShelterFileError, validateRecords, type ImportResult, type RawRecord, type ValidateOptions } from './import-validate';

interface FeatureLike {
  type?: unknown;
  geometry?: { type?: unknown; coordinates?: unknown } | null;
  properties?: Record<string, unknown> | null;
}

/** Raw records from a parsed GeoJSON value. Throws ShelterFileError if it is not GeoJSON. */
export function geoJsonRecords(value: unknown): RawRecord[] {
  const v = value as { type?: unknown; features?: unknown };
  let features: FeatureLike[];
  if (v && v.type === 'FeatureCollection' && Array.isArray(v.features)) features = v.features as FeatureLike[];
  else if (v && v.type === 'Feature') features = [v as FeatureLike];
  else throw new ShelterFileError('not-geojson');
  const keys = new Set<string>();
  for (const f of features.slice(0, 50)) for (const k of Object.keys(f?.properties ?? {})) keys.add(k);
  const all = [...keys];
  const fileCapKey = findField(all, 'capacity');
  const fileIdKey = findField(all, 'id');
  const fileAddrKey = findField(all, 'address');
  const fileNameKey = findField(all, 'name');
  return features.map((f) => {
    const props = f?.properties ?? {};
    const coords = f?.geometry?.coordinates;
    const pair = Array.isArray(coords) ? coords : [];
    // Files may mix field names between features: look again when the file-wide one is absent.
    const own = (key: string | undefined, role: Parameters<typeof findField>[1]): string | undefined =>
      key !== undefined && key in props ? key : (findField(Object.keys(props), role) ?? key);
    const capKey = own(fileCapKey, 'capacity');
    const idKey = own(fileIdKey, 'id');
    const addrKey = own(fileAddrKey, 'address');
    const nameKey = own(fileNameKey, 'name');
    return {
      geometryType: f?.geometry ? f.geometry.type : null,
      lon: pair[0],
      lat: pair[1],
      coordField: { lon: 'geometry.coordinates', lat: 'geometry.coordinates' },
      numericCoords: true,
      capacity: capKey ? props[capKey] : undefined,
      capacityField: `properties.${capKey ?? 'pladser'}`,
      id: idKey ? props[idKey] : undefined,
      idField: `properties.${idKey ?? 'id'}`,
      address: addrKey ? props[addrKey] : undefined,
      name: nameKey ? props[nameKey] : undefined,
    };
  });
}

/** Raw records from CSV text. Throws ShelterFileError when the coordinate columns are missing. */
export function csvRecords(text: string): RawRecord[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const header = parsed.meta.fields ?? [];
  if (header.length < 2) throw new ShelterFileError('csv-unreadable');
  const latKey = findField(header, 'lat');
  const lonKey = findField(header, 'lon');
  if (!latKey || !lonKey) throw new ShelterFileError('csv-no-coordinates', header.join(','));
  const capKey = findField(header, 'capacity');
  const idKey = findField(header, 'id');
  const addrKey = findField(header, 'address');
  const nameKey = findField(header, 'name');
  return parsed.data.map((row) => ({
    lon: row[lonKey],
    lat: row[latKey],
    coordField: { lon: lonKey, lat: latKey },
    capacity: capKey ? row[capKey] : undefined,
    capacityField: capKey ?? 'capacity',
    id: idKey ? row[idKey] : undefined,
    idField: idKey ?? 'id',
    address: addrKey ? row[addrKey] : undefined,
    name: nameKey ? row[nameKey] : undefined,
  }));
}

/** Parses and validates a shelter file by its content (JSON object → GeoJSON, otherwise CSV). */
export function parseShelterFile(text: string, opts: ValidateOptions = {}): ImportResult {
  const trimmed = text.trimStart().replace(/^\uFEFF/, '');
  if (trimmed === '') throw new ShelterFileError('empty');
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (err) {
      throw new ShelterFileError('not-json', (err as Error).message);
    }
    return validateRecords(geoJsonRecords(value), 'geojson', opts);
  }
  return validateRecords(csvRecords(trimmed), 'csv', opts);
}
