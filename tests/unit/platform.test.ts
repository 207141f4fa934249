import { describe, expect, test } from 'vitest';
import { cacheControlFor, CSP } from '../../deploy/headers.mjs';
import { classifyDbError } from '../../src/lib/db/db-status';
import { detectLanguage, matchLanguage } from '../../src/lib/i18n/languages';
import { formatBytes } from '../../src/lib/storage/storage-status';

describe('matchLanguage', () => {
  test.each([
    ['da-DK', 'da'],
    ['en-GB', 'en'],
    ['uk', 'uk'],
    ['UK-ua', 'uk'],
    ['de-DE', undefined],
    ['', undefined],
    [null, undefined],
  ])('%s → %s', (tag, lang) => expect(matchLanguage(tag)).toBe(lang));
});

describe('classifyDbError', () => {
  test('maps Dexie and DOM error names to problems the user can understand', () => {
    expect(classifyDbError({ name: 'MissingAPIError' })).toBe('missing');
    expect(classifyDbError({ name: 'QuotaExceededError' })).toBe('quota');
    expect(classifyDbError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
    expect(classifyDbError({ name: 'VersionError' })).toBe('blocked');
    expect(classifyDbError(new Error('boom'))).toBe('failed');
    expect(classifyDbError(null)).toBe('failed');
  });
});

describe('formatBytes', () => {
  test('uses SI units and the locale', () => {
    expect(formatBytes(1_500_000, 'en')).toBe('1.5 MB');
    expect(formatBytes(1_500_000, 'da')).toMatch(/^1,5\sMB$/);
    expect(formatBytes(512, 'en')).toBe('512 byte');
  });
});

describe('production headers', () => {
  test('the shell and the service worker are revalidated; hashed assets are immutable', () => {
    for (const p of ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/packs/index.json', '/shelters', '/guidance/now']) expect(cacheControlFor(p)).toBe('no-cache');
    expect(cacheControlFor('/assets/index-abc123.js')).toContain('immutable');
  });
  test('the CSP allows no inline script, no eval and nothing third-party', () => {
    expect(CSP).toContain("default-src 'none'");
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});

describe('detectLanguage', () => {
  const none = { search: '', stored: null, browser: [] as string[] };
  test('?lang= wins over everything, and an unknown value is ignored', () => {
    expect(detectLanguage({ ...none, search: '?lang=uk', stored: 'en', browser: ['da'] })).toBe('uk');
    expect(detectLanguage({ ...none, search: '?lang=xx', stored: 'en' })).toBe('en');
  });
  test('then the remembered choice, then the first supported browser language, then Danish', () => {
    expect(detectLanguage({ ...none, stored: 'en', browser: ['uk-UA'] })).toBe('en');
    expect(detectLanguage({ ...none, browser: ['de-DE', 'uk-UA', 'en'] })).toBe('uk');
    expect(detectLanguage({ ...none, browser: ['de-DE', 'fr'] })).toBe('da');
    expect(detectLanguage(none)).toBe('da');
  });
});
