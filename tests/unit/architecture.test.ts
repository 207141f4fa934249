/**
 * Architecture rules, checked over the source (typescript-eslint does not support the
 * TypeScript 7 compiler this project uses, so these few rules are enforced here):
 * - only src/lib/db imports `dexie` at runtime (type-only imports are fine);
 * - no raw HTML, no eval, no third-party URL fetched by code;
 * - the map library is imported only inside the shelters feature (it loads with the map);
 * - features do not import each other's internals (only home widgets and their public index).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'test-fixtures' ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

const files = sourceFiles('src').map((file) => ({ file, text: readFileSync(file, 'utf8') }));

describe('architecture', () => {
  test('only src/lib/db imports dexie at runtime', () => {
    const offenders = files
      .filter(({ file }) => !file.startsWith(path.join('src', 'lib', 'db')))
      .filter(({ text }) => /^import\s+(?!type\b)[^;]*from\s+['"]dexie['"]/m.test(text))
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  test('no raw HTML and no eval', () => {
    const offenders = files.filter(({ text }) => /dangerouslySetInnerHTML|\beval\(|new Function\(|\.innerHTML\s*=/.test(text)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  test('no code fetches a third-party URL', () => {
    const offenders = files.filter(({ text }) => /fetch\(\s*['"`]https?:\/\//.test(text)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  test('maplibre-gl is imported only by the shelters feature', () => {
    const offenders = files
      .filter(({ text }) => /from\s+['"]maplibre-gl/.test(text) || /import\(\s*['"]maplibre-gl/.test(text))
      .filter(({ file }) => !file.startsWith(path.join('src', 'features', 'shelters')))
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  test('features import other features only through their home widget or public index', () => {
    const offenders: string[] = [];
    for (const { file, text } of files) {
      const m = file.match(/^src\/features\/([^/]+)\//);
      if (!m) continue;
      for (const imp of text.matchAll(/from\s+['"](\.[^'"]+)['"]/g)) {
        const target = path.normalize(path.join(path.dirname(file), imp[1]!));
        const t = target.match(/^src\/features\/([^/]+)\/(.+)$/);
        if (t && t[1] !== m[1] && !/^(home-widget|index)$/.test(t[2]!)) offenders.push(`${file} → ${target}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
