import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShelterFile } from './import-parse';
import { buildShelterIndex, indexBytes, nearestByScan, nearestShelters } from './spatial-index';

const dataDir = path.resolve(process.env.BEREDT_DATA_DIR ?? path.join(__dirname, '../../../../../shared/data'));
const aarhus = parseShelterFile(readFileSync(path.join(dataDir, 'shelters/aarhus-bbr-sikringsrum.geojson'), 'utf8')).shelters;

describe('shelter index', () => {
  it('returns the 10 nearest Aarhus shelters to the town hall, sorted, same as a full scan', () => {
    const index = buildShelterIndex(aarhus);
    const from = { lon: 10.2039, lat: 56.1529 };
    const near = nearestShelters(index, from, 10);
    expect(near).toHaveLength(10);
    for (let i = 1; i < near.length; i++) expect(near[i]!.meters).toBeGreaterThanOrEqual(near[i - 1]!.meters);
    expect(near.map((n) => n.item.sourceRecordId)).toEqual(nearestByScan(aarhus, from, 10).map((n) => n.item.sourceRecordId));
    expect(near[0]!.meters).toBeLessThan(500);
    expect(indexBytes(index)).toBeGreaterThan(1800 * 16);
  });
  it('agrees with the scan for random points and queries (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ lon: fc.double({ min: 8, max: 15, noNaN: true }), lat: fc.double({ min: 54.5, max: 57.7, noNaN: true }) }), { minLength: 1, maxLength: 300 }),
        fc.record({ lon: fc.double({ min: 7, max: 16, noNaN: true }), lat: fc.double({ min: 54, max: 58, noNaN: true }) }),
        fc.integer({ min: 1, max: 12 }),
        (pts, q, k) => {
          const a = nearestShelters(buildShelterIndex(pts), q, k).map((n) => n.meters);
          const b = nearestByScan(pts, q, k).map((n) => n.meters);
          expect(a.length).toBe(Math.min(k, pts.length));
          a.forEach((d, i) => expect(d).toBeCloseTo(b[i]!, 3));
        },
      ),
      { numRuns: 150 },
    );
  });
  it('an empty index answers with nothing', () => {
    expect(nearestShelters(buildShelterIndex([]), { lon: 10, lat: 56 })).toEqual([]);
  });
});
