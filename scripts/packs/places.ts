/**
 * The places pack for the offline "where am I" search: postal areas (ranges such as 1000-1499
 * included), towns and municipalities, from <dataDir>/geo/.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PlaceDataError, placeRecords } from '../../src/features/shelters/domain/place-records';
import type { PlaceRow } from '../../src/features/shelters/domain/types';
import { ContentError, type PackBuildContext, type PackBuildOutput } from './types';

async function readJson(ctx: PackBuildContext, file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path.join(ctx.dataDir, 'geo', file), 'utf8'));
  } catch (err) {
    throw new ContentError(`geo/${file}`, '(file)', (err as Error).message);
  }
}

export async function build(ctx: PackBuildContext): Promise<PackBuildOutput<PlaceRow>> {
  let records: PlaceRow[];
  try {
    records = placeRecords(
      await readJson(ctx, 'dk-postnumre.json'),
      await readJson(ctx, 'dk-byer-geonames.json'),
      await readJson(ctx, 'dk-kommuner.json'),
    );
  } catch (err) {
    if (err instanceof PlaceDataError) throw new ContentError(`geo/${err.list}`, err.field, err.message);
    throw err;
  }
  // Drop fields the search does not need, to keep the pack small.
  const compact = records.map(({ bbox: _bbox, ...r }) => r);
  return {
    id: 'places',
    target: 'places',
    date: '2026-11-23',
    sources: [
      {
        title: 'DAGI (SDFI), 2014',
        licence: 'Danish free public geodata',
        attribution: 'Indeholder data fra Styrelsen for Dataforsyning og Infrastruktur (DAGI)',
      },
      {
        title: 'GeoNames',
        licence: 'CC BY 4.0',
        attribution: 'GeoNames (geonames.org)',
        url: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    records: compact,
  };
}
