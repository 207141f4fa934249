import { describe, expect, it } from 'vitest';
import da from './da.json';
import en from './en.json';
import uk from './uk.json';
import { CATEGORIES, SECTION_KINDS, URGENCIES, APP_LINKS } from '../domain/types';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function placeholders(obj: object): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (o: object, p: string) => {
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'object' && v !== null) walk(v as object, `${p}${k}.`);
      else out[`${p}${k}`] = [...String(v).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort().join(',');
    }
  };
  walk(obj, '');
  return out;
}

describe('guidance locales', () => {
  it('have the same keys in da, en and uk', () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
    expect(keys(uk).sort()).toEqual(keys(da).sort());
  });
  it('use the same {{placeholders}} in every language', () => {
    expect(placeholders(en)).toEqual(placeholders(da));
    expect(placeholders(uk)).toEqual(placeholders(da));
  });
  it('name every category, urgency, section and app link', () => {
    for (const l of [da, en, uk]) {
      for (const c of CATEGORIES) expect(l.categories[c]).toBeTruthy();
      for (const u of URGENCIES) expect(l.urgency[u]).toBeTruthy();
      for (const s of SECTION_KINDS) expect(l.sections[s]).toBeTruthy();
      for (const a of APP_LINKS) expect(l.appLinks[a]).toBeTruthy();
    }
  });
  it('have no empty strings', () => {
    for (const l of [da, en, uk]) {
      for (const v of Object.values(placeholders(l))) expect(typeof v).toBe('string');
      expect(JSON.stringify(l)).not.toMatch(/: ""/);
    }
  });
});
