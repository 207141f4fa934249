/**
 * The shelter pack: registered shelter places (BBR) from every GeoJSON or CSV file in
 * <dataDir>/shelters/. Any file of the same kind (the national extract of ~23,700 buildings,
 * a municipality's list) is accepted: points with a capacity and, where known, an address.
 * A file the build does not recognise needs a sidecar `<file>.source.json` with
 * { "title", "licence", "attribution"?, "date"? } so that its source and licence are shown.
 *
 * Also writes the offline basemap (public/basemap/, see ./shelters-basemap.ts).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PackSource } from '../../src/lib/packs/pack-types';
import { parseShelterFile } from '../../src/features/shelters/domain/import-parse';
import { ShelterFileError, type ImportProblem } from '../../src/features/shelters/domain/import-validate';
import type { ShelterRow } from '../../src/features/shelters/domain/types';
import { writeBasemap } from './shelters-basemap';
import { ContentError, type PackBuildContext, type PackBuildOutput } from './types';

type PackShelter = Omit<ShelterRow, 'sourceId' | 'sourceRecordId'>;

interface FileSource extends PackSource {
  date?: string;
}

/** Known kinds of shelter file, recognised by their fields. */
function knownSource(text: string): FileSource | undefined {
  if (text.includes('"bbr_id"') && text.includes('"pladser"'))
    return {
      title: 'BBR via MELICA, Aarhus University',
      licence: 'CC BY-NC-SA 4.0',
      attribution: 'MELICA, Aarhus University; data from BBR',
      url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
    };
  if (text.includes('"romnr"') && text.includes('"plasser"')) {
    const dates = [...text.matchAll(/"datauttaksdato"\s*:\s*"(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]!);
    return {
      title: 'BBR and DAR (Danish basic data)',
      licence: 'Free Danish basic data',
      attribution: 'Data from BBR and DAR',
      date: dates.sort().at(-1),
    };
  }
  return undefined;
}

function problemText(p: ImportProblem): string {
  return `${p.code.replace(/-/g, ' ')}${p.value !== undefined ? ` (${p.value})` : ''}`;
}

export async function build(ctx: PackBuildContext): Promise<PackBuildOutput<PackShelter>> {
  const dir = path.join(ctx.dataDir, 'shelters');
  const files = (await readdir(dir)).filter((f) => /\.(geojson|csv)$/i.test(f)).sort();
  if (files.length === 0) throw new ContentError(dir, '(folder)', 'no .geojson or .csv shelter file');
  const sources: PackSource[] = [];
  const records: PackShelter[] = [];
  const seenPlace = new Set<string>();
  const dates: string[] = [];
  const mtimes: string[] = [];
  let skipped = 0;
  for (const file of files) {
    const full = path.join(dir, file);
    const text = await readFile(full, 'utf8');
    const sidecar = `${full}.source.json`;
    const meta: FileSource | undefined = existsSync(sidecar) ? JSON.parse(await readFile(sidecar, 'utf8')) : knownSource(text);
    if (!meta?.title || !meta.licence) throw new ContentError(`shelters/${file}`, 'source', `unknown source and licence: add ${file}.source.json with "title" and "licence"`);
    let result;
    try {
      result = parseShelterFile(text);
    } catch (err) {
      if (err instanceof ShelterFileError) throw new ContentError(`shelters/${file}`, '(file)', err.message);
      throw err;
    }
    const bad = result.problems[0];
    if (bad) throw new ContentError(`shelters/${file}`, `record ${bad.record}${bad.recordId ? ` (id ${bad.recordId})` : ''} ${bad.field}`, problemText(bad));
    const origin = file.replace(/\.(geojson|csv)$/i, '');
    const sourceIndex = sources.length;
    const { date, ...source } = meta;
    sources.push(source);
    if (date) dates.push(date);
    else mtimes.push((await stat(full)).mtime.toISOString().slice(0, 10));
    for (const s of result.shelters) {
      // The same building from two files (a municipality file and the national extract): keep the first.
      const place = `${s.lon.toFixed(4)},${s.lat.toFixed(4)},${s.capacity}`;
      if (seenPlace.has(place)) {
        skipped++;
        continue;
      }
      seenPlace.add(place);
      const r: PackShelter = { id: `${origin}:${s.sourceRecordId}`, lon: s.lon, lat: s.lat, capacity: s.capacity, sourceIndex };
      if (s.address) r.address = s.address;
      if (s.name) r.name = s.name;
      records.push(r);
    }
  }
  if (skipped) console.log(`shelters: ${skipped} records found in an earlier file were left out`);
  if (!process.env.BEREDT_SKIP_BASEMAP) await writeBasemap(ctx);
  return { id: 'shelters', target: 'shelters', date: (dates.length ? dates : mtimes).sort().at(-1)!, sources, records };
}
