import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build as buildPlaces } from './places';
import { build } from './shelters';
import { ContentError } from './types';

const root = path.resolve(__dirname, '../..');
const dataDir = path.resolve(process.env.BEREDT_DATA_DIR ?? path.join(root, '..', 'shared', 'data'));

/** A scratch data dir with the real geo/ and a shelters/ folder of our choosing. */
function scratch(files: Record<string, string>): { root: string; dataDir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'beredt-shelters-'));
  cpSync(path.join(dataDir, 'geo'), path.join(dir, 'data', 'geo'), { recursive: true });
  cpSync(path.join(dataDir, 'shelters'), path.join(dir, 'data', 'shelters'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'data', 'shelters', name), text);
  return { root: dir, dataDir: path.join(dir, 'data') };
}

const feature = (props: Record<string, unknown>, coords: unknown = [12.5, 55.7]) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: coords }, properties: props });
const fcText = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('shelters pack', () => {
  it('builds from the shipped Aarhus and Copenhagen files with sources, licences and the basemap', async () => {
    const ctx = scratch({});
    const out = await build(ctx);
    expect(out.id).toBe('shelters');
    expect(out.target).toBe('shelters');
    expect(out.records).toHaveLength(1825);
    expect(out.sources.map((s) => s.licence)).toEqual(['CC BY-NC-SA 4.0', 'Free Danish basic data']);
    expect(out.date).toBe('2026-10-06');
    expect(out.records[0]).toMatchObject({ id: 'aarhus-bbr-sikringsrum:919E702B-3D6C-47A9-BDEA-3007DE754B83', capacity: 457, sourceIndex: 0 });
    expect(out.records.find((r) => r.id === 'kbh-bbr-sample:793748')).toMatchObject({ address: 'Damagervej 3A, 2450 København SV', sourceIndex: 1 });
    expect(new Set(out.records.map((r) => r.id)).size).toBe(1825);
    const basemap = JSON.parse(readFileSync(path.join(ctx.root, 'public/basemap/basemap.json'), 'utf8'));
    expect(basemap.land.features).toHaveLength(1);
    expect(basemap.neighbours.features).toHaveLength(5);
    expect(basemap.borders.geometry.coordinates.length).toBeGreaterThan(100);
    expect(basemap.towns.features.length).toBeGreaterThan(400);
  });
  it('accepts a national-extract style file and leaves out buildings already in an earlier file', async () => {
    const aarhusFirst = JSON.parse(readFileSync(path.join(dataDir, 'shelters/aarhus-bbr-sikringsrum.geojson'), 'utf8')).features[0];
    const national = fcText([
      feature({ romnr: 1, plasser: 50, adresse: 'Vej 1, 8000 Aarhus C', datauttaksdato: '2026-11-16' }, [10.2, 56.15]),
      feature({ romnr: 2, plasser: aarhusFirst.properties.pladser, adresse: 'Same building', datauttaksdato: '2026-11-16' }, aarhusFirst.geometry.coordinates),
    ]);
    const out = await build({ ...scratch({ 'zz-national.geojson': national }) });
    expect(out.records).toHaveLength(1826);
    expect(out.records.at(-1)).toMatchObject({ id: 'zz-national:1', address: 'Vej 1, 8000 Aarhus C', sourceIndex: 2 });
    expect(out.date).toBe('2026-11-16');
  });
  it('fails on a malformed record, naming the file, the record and the field', async () => {
    const bad = fcText([feature({ romnr: 1, plasser: 10 }), feature({ romnr: 2, plasser: -4 })]);
    const err = await build(scratch({ 'bad.geojson': bad })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ContentError);
    expect((err as ContentError).message).toBe('shelters/bad.geojson: record 2 (id 2) properties.plasser: capacity negative (-4)');
    const swapped = fcText([feature({ romnr: 1, plasser: 10 }, [55.7, 12.5])]);
    expect(String(await build(scratch({ 'sw.geojson': swapped })).catch((e: unknown) => e))).toContain('record 1 (id 1) geometry.coordinates: coordinates swapped');
  });
  it('refuses a file whose source and licence are unknown, unless a sidecar names them', async () => {
    const csv = 'id;lat;lon;kapacitet\nA;56.1;10.2;30\n';
    const err = await build(scratch({ 'kommune.csv': csv })).catch((e: unknown) => e);
    expect((err as ContentError).field).toBe('source');
    const ok = await build(scratch({ 'kommune.csv': csv, 'kommune.csv.source.json': JSON.stringify({ title: 'Kommunens offentlige beskyttelsesrum', licence: 'CC0' }) }));
    expect(ok.sources.at(-1)).toEqual({ title: 'Kommunens offentlige beskyttelsesrum', licence: 'CC0' });
    expect(ok.records.some((r) => r.id === 'kommune:A')).toBe(true);
  });
});

describe('places pack', () => {
  it('has postal areas, towns and municipalities', async () => {
    const out = await buildPlaces({ root, dataDir });
    expect(out.id).toBe('places');
    expect(out.target).toBe('places');
    expect(out.records.find((p) => p.id === 'postal:1000-1499')).toMatchObject({ from: 1000, to: 1499, name: 'København K' });
    expect(out.records.some((p) => p.kind === 'town' && p.name === 'Aarhus')).toBe(true);
    expect(out.records.some((p) => p.kind === 'municipality' && p.code === '0751')).toBe(true);
    expect(existsSync(path.join(dataDir, 'geo'))).toBe(true);
  });
});
