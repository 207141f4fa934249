import { describe, expect, it } from 'vitest';
import da from './da.json';
import en from './en.json';
import uk from './uk.json';
import { CSV_KEYS } from '../domain/report-csv';

function keys(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix];
  return Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort();
}

function placeholders(o: unknown, prefix = ''): Record<string, string[]> {
  if (typeof o === 'string') return { [prefix]: (o.match(/{{\w+}}/g) ?? []).sort() };
  return Object.assign({}, ...Object.entries(o as object).map(([k, v]) => placeholders(v, prefix ? `${prefix}.${k}` : k)));
}

describe('drills locales', () => {
  it('en and uk have exactly the Danish keys', () => {
    expect(keys(en)).toEqual(keys(da));
    expect(keys(uk)).toEqual(keys(da));
  });
  it('every translation uses the same placeholders as Danish', () => {
    expect(placeholders(en)).toEqual(placeholders(da));
    expect(placeholders(uk)).toEqual(placeholders(da));
  });
  it('no empty strings', () => {
    for (const l of [da, en, uk]) expect(Object.values(placeholders(l)).length).toBeGreaterThan(0);
    for (const l of [da, en, uk]) expect(JSON.stringify(l)).not.toMatch(/:""/);
  });
  it('has every CSV label the report needs', () => {
    for (const k of CSV_KEYS) expect(da.csv).toHaveProperty(k);
  });
});
