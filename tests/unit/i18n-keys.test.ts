/**
 * Every key exists in every locale, for every namespace, and no value is empty: a missing or
 * blank string would show a raw key or nothing at all.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGUAGES, NAMESPACES } from '../../src/lib/i18n/languages';

function localeFile(ns: string, lang: string): string {
  return ns === 'common' ? `src/lib/i18n/locales/${lang}.json` : `src/features/${ns}/locales/${lang}.json`;
}

/** Flattens nested keys: { a: { b: 'x' } } → { 'a.b': 'x' }. */
export function flatten(obj: unknown, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v, key));
      else out[key] = v;
    }
  }
  return out;
}

/** i18next plural suffixes differ per language (uk has _few/_many); compare base keys. */
function baseKey(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, '');
}

describe('locale files', () => {
  test('each feature folder has exactly the registered namespaces', () => {
    const features = readdirSync('src/features').filter((f) => existsSync(path.join('src/features', f, 'locales')));
    expect(features.sort()).toEqual(NAMESPACES.filter((n) => n !== 'common').sort());
  });

  for (const ns of NAMESPACES) {
    test(`namespace "${ns}" has the same keys in ${LANGUAGES.join(', ')}`, () => {
      const flat = Object.fromEntries(
        LANGUAGES.map((lang) => [lang, flatten(JSON.parse(readFileSync(localeFile(ns, lang), 'utf8')))]),
      );
      const keysOf = (lang: string) => [...new Set(Object.keys(flat[lang]!).map(baseKey))].sort();
      for (const lang of LANGUAGES) {
        expect(keysOf(lang), `${ns}/${lang} keys vs da`).toEqual(keysOf('da'));
        for (const [key, value] of Object.entries(flat[lang]!)) {
          expect(typeof value === 'string' && value.trim().length > 0, `${ns}/${lang}: "${key}" is a non-empty string`).toBe(true);
        }
      }
    });
  }

  test('interpolation placeholders match across languages', () => {
    for (const ns of NAMESPACES) {
      const da = flatten(JSON.parse(readFileSync(localeFile(ns, 'da'), 'utf8')));
      for (const lang of LANGUAGES) {
        const other = flatten(JSON.parse(readFileSync(localeFile(ns, lang), 'utf8')));
        for (const [key, value] of Object.entries(other)) {
          const daValue = da[key] ?? da[`${baseKey(key)}_other`] ?? da[baseKey(key)];
          if (typeof value !== 'string' || typeof daValue !== 'string') continue;
          const vars = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).filter((v) => v !== 'count').sort();
          expect(vars(value), `${ns}/${lang}: ${key}`).toEqual(vars(daValue));
        }
      }
    }
  });
});
