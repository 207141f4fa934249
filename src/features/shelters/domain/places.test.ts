import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldName, findPostalCode, searchPlaces } from './places';
import { placeRecords } from './place-records';

const dataDir = path.resolve(process.env.BEREDT_DATA_DIR ?? path.join(__dirname, '../../../../../shared/data'));
const read = (f: string): unknown => JSON.parse(readFileSync(path.join(dataDir, 'geo', f), 'utf8'));
const places = placeRecords(read('dk-postnumre.json'), read('dk-byer-geonames.json'), read('dk-kommuner.json'));

describe('place records from the shipped data', () => {
  it('has 592 postal areas, 99 municipalities and the towns', () => {
    expect(places.filter((p) => p.kind === 'postal')).toHaveLength(592);
    expect(places.filter((p) => p.kind === 'municipality')).toHaveLength(99);
    expect(places.filter((p) => p.kind === 'town').length).toBeGreaterThan(400);
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
  });
});

describe('postal-code lookup', () => {
  it('finds a single code', () => {
    expect(findPostalCode(places, '8000')).toMatchObject({ name: 'Aarhus C', code: '8000' });
    expect(findPostalCode(places, '2100')).toMatchObject({ name: 'København Ø' });
  });
  it('finds a code inside a range such as 1000-1499', () => {
    expect(findPostalCode(places, '1000')).toMatchObject({ code: '1000-1499', name: 'København K' });
    expect(findPostalCode(places, '1234')).toMatchObject({ code: '1000-1499' });
    expect(findPostalCode(places, '1499')).toMatchObject({ code: '1000-1499' });
    expect(findPostalCode(places, '1500')).toMatchObject({ code: '1500-1799' });
  });
  it('returns nothing for unknown or malformed codes', () => {
    expect(findPostalCode(places, '0000')).toBeUndefined();
    expect(findPostalCode(places, '80')).toBeUndefined();
    expect(findPostalCode(places, 'abcd')).toBeUndefined();
  });
});

describe('searchPlaces', () => {
  it('puts the postal area first for a full code, also with the name typed after it', () => {
    expect(searchPlaces(places, '8000')[0]).toMatchObject({ kind: 'postal', name: 'Aarhus C' });
    expect(searchPlaces(places, '1300 København K')[0]).toMatchObject({ code: '1000-1499' });
  });
  it('completes partial postal codes', () => {
    const r = searchPlaces(places, '82', 20);
    expect(r.length).toBeGreaterThan(3);
    expect(r.every((p) => p.kind === 'postal' && p.code!.startsWith('82'))).toBe(true);
  });
  it('finds towns and municipalities by name, folding æ/ø/å and case', () => {
    const r = searchPlaces(places, 'aarhus');
    expect(r.map((p) => p.kind)).toContain('town');
    expect(r.map((p) => p.kind)).toContain('municipality');
    expect(searchPlaces(places, 'KØGE')[0]!.name).toBe('Køge');
    expect(searchPlaces(places, 'koege')[0]!.name).toBe('Køge');
    expect(searchPlaces(places, 'Århus')[0]!.name).toMatch(/Aarhus/);
  });
  it('returns nothing for nonsense or empty input', () => {
    expect(searchPlaces(places, 'zzqx')).toEqual([]);
    expect(searchPlaces(places, '  ')).toEqual([]);
  });
  it('foldName', () => {
    expect(foldName('Ærø-Købing')).toBe('aeroe koebing');
  });
});
