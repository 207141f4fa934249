import { describe, expect, it } from 'vitest';
import da from './da.json';
import en from './en.json';
import uk from './uk.json';

function keys(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix];
  return Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(o: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (v: unknown, p: string) => {
    if (typeof v === 'string') out[p] = [...v.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, p ? `${p}.${k}` : k);
  };
  walk(o, '');
  return out;
}

describe('supplies locales', () => {
  it('have the same keys in da, en and uk', () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
    expect(keys(uk).sort()).toEqual(keys(da).sort());
  });
  it('use the same placeholders in every language', () => {
    expect(placeholders(en)).toEqual(placeholders(da));
    expect(placeholders(uk)).toEqual(placeholders(da));
  });
  it('have no empty strings', () => {
    for (const l of [da, en, uk]) for (const v of Object.values(placeholders(l))) expect(v).toBeDefined();
    const empty = (o: unknown): boolean => (typeof o === 'string' ? o.trim() === '' : Object.values(o as object).some(empty));
    expect([da, en, uk].some(empty)).toBe(false);
  });
});
