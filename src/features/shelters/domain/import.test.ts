import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShelterFile } from './import-parse';
import { checkImportSize, MAX_IMPORT_BYTES, ShelterFileError, type ProblemCode } from './import-validate';

const dataDir = path.resolve(process.env.BEREDT_DATA_DIR ?? path.join(__dirname, '../../../../../shared/data'));

function fc(features: unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features });
}
function pt(lon: unknown, lat: unknown, props: Record<string, unknown>): unknown {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: props };
}
const codes = (text: string): ProblemCode[] => parseShelterFile(text).problems.map((p) => p.code);
function fileError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof ShelterFileError) return err.code;
    throw err;
  }
  return 'no error';
}

describe('real source files', () => {
  it('the Aarhus BBR file validates: 1,800 buildings, 255,985 places', () => {
    const r = parseShelterFile(readFileSync(path.join(dataDir, 'shelters/aarhus-bbr-sikringsrum.geojson'), 'utf8'));
    expect(r.problems).toEqual([]);
    expect(r.shelters).toHaveLength(1800);
    expect(r.capacity).toBe(255_985);
    expect(r.shelters[0]).toMatchObject({ sourceRecordId: '919E702B-3D6C-47A9-BDEA-3007DE754B83', capacity: 457 });
  });
  it('the Copenhagen BBR/DAR sample validates with addresses and romnr ids', () => {
    const r = parseShelterFile(readFileSync(path.join(dataDir, 'shelters/kbh-bbr-sample.geojson'), 'utf8'));
    expect(r.problems).toEqual([]);
    expect(r.shelters).toHaveLength(25);
    expect(r.shelters[0]).toMatchObject({ sourceRecordId: '793748', capacity: 105, address: 'Damagervej 3A, 2450 København SV' });
  });
});

describe('GeoJSON validation', () => {
  it('accepts points with capacity and optional address', () => {
    const r = parseShelterFile(fc([pt(10.2, 56.15, { id: 'a', pladser: 40, adresse: 'Vej 1' }), pt(12.5, 55.6, { capacity: '12' })]));
    expect(r.problems).toEqual([]);
    expect(r.shelters.map((s) => [s.sourceRecordId, s.capacity, s.address])).toEqual([
      ['a', 40, 'Vej 1'],
      ['row-2', 12, undefined],
    ]);
    expect(r.capacity).toBe(52);
  });
  it('reports bad coordinates with record and field', () => {
    const r = parseShelterFile(fc([pt(null, 56, { pladser: 1 }), pt(200, 56, { pladser: 1 }), pt(10, 'abc', { pladser: 1 })]));
    expect(r.problems).toEqual([
      { record: 1, field: 'geometry.coordinates', code: 'wrong-type', value: 'null' },
      { record: 2, field: 'geometry.coordinates', code: 'coordinates-invalid', value: '200' },
      { record: 3, field: 'geometry.coordinates', code: 'wrong-type', value: 'abc' },
    ]);
    expect(r.shelters).toEqual([]);
  });
  it('recognises swapped latitude/longitude (outside Denmark) and other places abroad', () => {
    expect(codes(fc([pt(56.15, 10.2, { pladser: 5 }), pt(10.75, 59.91, { pladser: 5 })]))).toEqual([
      'coordinates-swapped',
      'outside-denmark',
    ]);
  });
  it('reads a swapped file the other way round when asked, and says so', () => {
    const swappedGeo = fc([pt(56.15, 10.2, { id: 'a', pladser: 5 }), pt(55.6, 12.5, { id: 'b', pladser: 7 })]);
    expect(codes(swappedGeo)).toEqual(['coordinates-swapped', 'coordinates-swapped']);
    const fixed = parseShelterFile(swappedGeo, { swap: true });
    expect(fixed.swapped).toBe(true);
    expect(fixed.problems).toEqual([]);
    expect(fixed.shelters.map((s) => [s.sourceRecordId, s.lon, s.lat])).toEqual([
      ['a', 10.2, 56.15],
      ['b', 12.5, 55.6],
    ]);
    // CSV columns labelled the wrong way round: the fields named in problems follow the swap.
    const csv = 'lat,lon,pladser\n10.2,56.15,5\n56.1,10.2,4\n';
    expect(parseShelterFile(csv).problems.map((p) => [p.record, p.field, p.code])).toEqual([[1, 'lat/lon', 'coordinates-swapped']]);
    const csvFixed = parseShelterFile(csv, { swap: true });
    expect(csvFixed.shelters.map((s) => [s.lon, s.lat])).toEqual([[10.2, 56.15]]);
    expect(csvFixed.problems.map((p) => [p.record, p.field, p.code])).toEqual([[2, 'lon/lat', 'coordinates-swapped']]);
    // Without the option nothing is swapped and the result does not claim it.
    expect(parseShelterFile(csv).swapped).toBeUndefined();
  });
  it('reports missing, negative, fractional, zero and non-numeric capacity', () => {
    expect(
      codes(
        fc([
          pt(10, 56, {}),
          pt(10, 56, { pladser: -3 }),
          pt(10, 56, { pladser: 2.5 }),
          pt(10, 56, { pladser: 0 }),
          pt(10, 56, { pladser: 'mange' }),
          pt(10, 56, { pladser: true }),
          pt(10, 56, { pladser: null }),
        ]),
      ),
    ).toEqual(['capacity-missing', 'capacity-negative', 'capacity-not-integer', 'capacity-zero', 'capacity-not-number', 'wrong-type', 'capacity-missing']);
  });
  it('reports wrong geometry and id types', () => {
    const r = parseShelterFile(
      fc([
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { pladser: 1 } },
        { type: 'Feature', geometry: null, properties: { pladser: 1 } },
        pt(10, 56, { id: { x: 1 }, pladser: 1 }),
      ]),
    );
    expect(r.problems.map((p) => [p.record, p.field, p.code])).toEqual([
      [1, 'geometry.type', 'geometry-not-point'],
      [2, 'geometry.type', 'geometry-not-point'],
      [3, 'properties.id', 'wrong-type'],
    ]);
  });
  it('reports duplicates by id, and by place and capacity when there is no id', () => {
    const r = parseShelterFile(
      fc([pt(10, 56, { id: 7, pladser: 1 }), pt(10.1, 56, { id: 7, pladser: 2 }), pt(10, 56, { pladser: 3 }), pt(10, 56, { pladser: 3 })]),
    );
    expect(r.problems.map((p) => [p.record, p.code, p.recordId])).toEqual([
      [2, 'duplicate', '7'],
      [4, 'duplicate', undefined],
    ]);
    expect(r.shelters).toHaveLength(2);
  });
  it('rejects files that are not GeoJSON or not JSON', () => {
    expect(fileError(() => parseShelterFile('{"type":"Topology"}'))).toBe('not-geojson');
    expect(fileError(() => parseShelterFile('{"type": '))).toBe('not-json');
    expect(fileError(() => parseShelterFile('   '))).toBe('empty');
  });
});

describe('CSV validation', () => {
  it('reads comma and semicolon files with Danish decimal commas', () => {
    const a = parseShelterFile('id,lat,lon,pladser,adresse\n1,56.15,10.2,40,Vej 1\n2,55.6,12.5,10,\n');
    expect(a.shelters.map((s) => [s.sourceRecordId, s.lat, s.capacity, s.address])).toEqual([
      ['1', 56.15, 40, 'Vej 1'],
      ['2', 55.6, 10, undefined],
    ]);
    const b = parseShelterFile('\uFEFFnavn;breddegrad;længdegrad;kapacitet\nSkole;56,15;10,2;120\n');
    expect(b.shelters[0]).toMatchObject({ name: 'Skole', lat: 56.15, lon: 10.2, capacity: 120 });
  });
  it('names the column of each problem', () => {
    const r = parseShelterFile('lat,lon,capacity\n56.1,x,5\n10.2,56.1,5\n56.1,10.2,-1\n56.1,10.2,\n');
    expect(r.problems.map((p) => [p.record, p.field, p.code])).toEqual([
      [1, 'lon', 'coordinates-invalid'],
      [2, 'lat/lon', 'coordinates-swapped'],
      [3, 'capacity', 'capacity-negative'],
      [4, 'capacity', 'capacity-missing'],
    ]);
  });
  it('rejects a CSV without coordinate columns', () => {
    expect(fileError(() => parseShelterFile('adresse,pladser\nVej 1,4\n'))).toBe('csv-no-coordinates');
  });
});

describe('huge files', () => {
  it('refuses files over the size limit before reading them', () => {
    expect(fileError(() => checkImportSize(MAX_IMPORT_BYTES + 1))).toBe('too-large');
    expect(fileError(() => checkImportSize(0))).toBe('empty');
    expect(checkImportSize(10_000_000)).toBeUndefined();
  });
  it('validates 100,000 points (about 12 MB of GeoJSON) and refuses more than 300,000', () => {
    const features = Array.from({ length: 100_000 }, (_, i) => pt(8 + (i % 700) / 100, 54.6 + Math.floor(i / 700) / 50, { id: i, pladser: 1 + (i % 300) }));
    const text = fc(features);
    expect(text.length).toBeGreaterThan(8_000_000);
    const r = parseShelterFile(text);
    expect(r.problems).toEqual([]);
    expect(r.shelters).toHaveLength(100_000);
    const tooMany = fc(Array.from({ length: 300_001 }, () => ({})));
    expect(fileError(() => parseShelterFile(tooMany))).toBe('too-many');
  });
});
