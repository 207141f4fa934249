/**
 * The offline basemap for the shelter map, written to public/basemap/basemap.json (git-ignored,
 * precached): land, neighbouring countries, municipality borders (each shared border once, from
 * the DAGI TopoJSON arcs) and towns. Coordinates are simplified to about the accuracy of the
 * 1:500 000 source (Douglas–Peucker, 0.0004° ≈ 30–45 m) and rounded to 4 decimals.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, type PackBuildContext } from './types';

type Pos = [number, number];
const TOL = 0.0004;

function simplify(line: Pos[], tol = TOL): Pos[] {
  if (line.length <= 2) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = line[a]!;
    const [bx, by] = line[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let best = -1;
    let bestD = tol * tol;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = line[i]!;
      let t = len2 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
      t = Math.max(0, Math.min(1, t));
      const d = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
      if (d > bestD) {
        bestD = d;
        best = i;
      }
    }
    if (best >= 0) {
      keep[best] = 1;
      stack.push([a, best], [best, b]);
    }
  }
  return line.filter((_, i) => keep[i]).map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4] as Pos);
}

/** Simplifies polygons; rings that collapse (tiny islets) are dropped. */
function simplifyMultiPolygon(coords: Pos[][][]): Pos[][][] {
  return coords
    .map((poly) => poly.map((ring) => simplify(ring)).filter((ring) => ring.length >= 4))
    .filter((poly) => poly.length > 0);
}

interface Topology {
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: Record<string, { geometries: { type: string; arcs: unknown }[] }>;
}

function decodeArc(topo: Topology, i: number): Pos[] {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  let x = 0;
  let y = 0;
  return topo.arcs[i]!.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty] as Pos;
  });
}

/** Arcs used by two different municipalities: the inner borders, each once. */
function municipalityBorders(topo: Topology): Pos[][] {
  const owners = new Map<number, Set<number>>();
  const walk = (a: unknown, owner: number): void => {
    if (typeof a === 'number') {
      const i = a < 0 ? ~a : a;
      if (!owners.has(i)) owners.set(i, new Set());
      owners.get(i)!.add(owner);
    } else if (Array.isArray(a)) for (const x of a) walk(x, owner);
  };
  const geoms = topo.objects.kommuner?.geometries;
  if (!geoms) throw new ContentError('geo/dk-admin.topojson', 'objects.kommuner', 'missing');
  geoms.forEach((g, owner) => walk(g.arcs, owner));
  const lines: Pos[][] = [];
  for (const [i, set] of owners) if (set.size > 1) lines.push(simplify(decodeArc(topo, i)));
  return lines;
}

async function readJson<T>(ctx: PackBuildContext, file: string): Promise<T> {
  try {
    return JSON.parse(await readFile(path.join(ctx.dataDir, 'geo', file), 'utf8')) as T;
  } catch (err) {
    throw new ContentError(`geo/${file}`, '(file)', (err as Error).message);
  }
}

interface FC {
  features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[];
}

function polygons(fc: FC, file: string, nameKey: string): unknown {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f, i) => {
      const g = f.geometry;
      const multi = g.type === 'Polygon' ? [g.coordinates as Pos[][]] : g.type === 'MultiPolygon' ? (g.coordinates as Pos[][][]) : null;
      if (!multi) throw new ContentError(`geo/${file}`, `features[${i}].geometry.type`, `expected Polygon or MultiPolygon, got ${g.type}`);
      return { type: 'Feature', properties: { name: f.properties[nameKey] }, geometry: { type: 'MultiPolygon', coordinates: simplifyMultiPolygon(multi) } };
    }),
  };
}

export async function buildBasemap(ctx: PackBuildContext): Promise<string> {
  const land = await readJson<FC>(ctx, 'dk-land.geojson');
  const neighbours = await readJson<FC>(ctx, 'ne10m-neighbours.geojson');
  const topo = await readJson<Topology>(ctx, 'dk-admin.topojson');
  const towns = await readJson<{ navn: string; lat: number; lon: number; indbyggere: number | null }[]>(ctx, 'dk-byer-geonames.json');
  const basemap = {
    format: 1,
    attribution: [
      'Indeholder data fra Styrelsen for Dataforsyning og Infrastruktur (DAGI)',
      'Natural Earth (public domain)',
      'GeoNames (CC BY 4.0)',
    ],
    land: polygons(land, 'dk-land.geojson', 'name'),
    neighbours: polygons(neighbours, 'ne10m-neighbours.geojson', 'name'),
    borders: { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: municipalityBorders(topo) } },
    towns: {
      type: 'FeatureCollection',
      features: towns.map((t) => ({
        type: 'Feature',
        properties: { name: t.navn, population: t.indbyggere ?? 0 },
        geometry: { type: 'Point', coordinates: [t.lon, t.lat] },
      })),
    },
  };
  return JSON.stringify(basemap);
}

export async function writeBasemap(ctx: PackBuildContext): Promise<void> {
  const text = await buildBasemap(ctx);
  const dir = path.join(ctx.root, 'public', 'basemap');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'basemap.json'), text);
  console.log(`basemap ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB -> public/basemap/basemap.json`);
}
