import { describe, expect, test } from 'vitest';
import { packVersion } from './build-packs';

const base = { records: [{ id: 'a' }], sources: [{ title: 'BBR', licence: 'free' }], date: '2026-11-23', target: 'shelters' as const };

describe('packVersion', () => {
  test('is stable for the same pack', () => {
    expect(packVersion(base)).toBe(packVersion(structuredClone(base)));
    expect(packVersion(base)).toMatch(/^[0-9a-f]{12}$/);
  });
  test('changes when the records, the sources or the date change, so devices reload the pack', () => {
    const v = packVersion(base);
    expect(packVersion({ ...base, records: [{ id: 'b' }] })).not.toBe(v);
    expect(packVersion({ ...base, sources: [...base.sources, { title: 'DAR', licence: 'free' }] })).not.toBe(v);
    expect(packVersion({ ...base, date: '2026-11-24' })).not.toBe(v);
  });
});
