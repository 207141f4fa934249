/**
 * Builds every content and data pack into public/packs/ (git-ignored).
 *
 *   npm run build:packs            (env BEREDT_DATA_DIR overrides ../shared/data)
 *
 * Each builder validates its sources and throws ContentError naming file and field; the build
 * then fails with that message and writes nothing, so the last good packs stay in place.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pack, PackIndex, PackMeta } from '../src/lib/packs/pack-types';
import { PACK_BUILDERS } from './packs/registry';
import { ContentError, type PackBuildContext, type PackBuildOutput } from './packs/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The pack's version: a hash of everything a device stores from it (records AND metadata). */
export function packVersion(out: Pick<PackBuildOutput, 'records' | 'sources' | 'date' | 'target'>): string {
  const { records, sources, date, target } = out;
  return createHash('sha256').update(JSON.stringify({ records, sources, date, target })).digest('hex').slice(0, 12);
}

export async function buildAllPacks(ctx: PackBuildContext): Promise<{ index: PackIndex; files: Map<string, string> }> {
  const outputs: PackBuildOutput[] = [];
  for (const builder of PACK_BUILDERS) {
    const out = await builder(ctx);
    outputs.push(...(Array.isArray(out) ? out : [out]));
  }
  const files = new Map<string, string>();
  const packs: PackMeta[] = [];
  for (const out of outputs) {
    const version = packVersion(out);
    const meta: Omit<PackMeta, 'file'> = {
      id: out.id,
      version,
      date: out.date,
      count: out.records.length,
      target: out.target,
      sources: out.sources,
    };
    const file = `${out.id}.${version}.json`;
    const pack: Pack = { format: 1, meta, records: out.records };
    files.set(file, JSON.stringify(pack));
    packs.push({ ...meta, file });
  }
  const index: PackIndex = { format: 1, builtAt: new Date().toISOString(), packs };
  return { index, files };
}

async function main(): Promise<void> {
  const dataDir = path.resolve(process.env.BEREDT_DATA_DIR ?? path.join(root, '..', 'shared', 'data'));
  const outDir = path.join(root, 'public', 'packs');
  let result;
  try {
    result = await buildAllPacks({ root, dataDir });
  } catch (err) {
    if (err instanceof ContentError) {
      console.error(`Content error: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  await mkdir(outDir, { recursive: true });
  for (const old of await readdir(outDir)) await rm(path.join(outDir, old));
  for (const [file, text] of result.files) await writeFile(path.join(outDir, file), text);
  await writeFile(path.join(outDir, 'index.json'), JSON.stringify(result.index));
  for (const p of result.index.packs) {
    const kb = (Buffer.byteLength(result.files.get(p.file)!) / 1024).toFixed(1);
    console.log(`pack ${p.id.padEnd(12)} ${String(p.count).padStart(6)} records  ${kb.padStart(8)} KB  v${p.version}  ${p.date}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
