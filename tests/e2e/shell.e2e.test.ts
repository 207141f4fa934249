/**
 * The shell in a real browser: every section renders in each language with no console error,
 * no CSP violation, no third-party request, and no axe violation; ?lang= is remembered.
 */
import { describe, expect, test } from 'vitest';
import { axeViolations, open, useServedApp, watch } from './harness';

const PATHS = ['/', '/supplies', '/shelters', '/guidance', '/drills', '/plan', '/about'];

const app = useServedApp();

describe('app shell', () => {
  test('the start page leads to urgent guidance in one tap, in Danish by default', async () => {
    const w = watch(app.page, app.url);
    await open(app.page, `${app.url}/`);
    expect(await app.page.getAttribute('html', 'lang')).toBe('da');
    const now = app.page.getByRole('link', { name: /Hvad gør jeg nu\?/ });
    await expect(now.getAttribute('href')).resolves.toBe('/guidance/now');
    expect(w.problems).toEqual([]);
  });

  for (const lang of ['da', 'en', 'uk'] as const) {
    test(`every section renders cleanly in ${lang} (console, CSP, axe, raw keys)`, async () => {
      const w = watch(app.page, app.url);
      await open(app.page, `${app.url}/?lang=${lang}`);
      expect(await app.page.getAttribute('html', 'lang')).toBe(lang);
      for (const p of PATHS) {
        await open(app.page, `${app.url}${p}`);
        expect(await app.page.getAttribute('html', 'lang'), `${p} keeps the chosen language`).toBe(lang);
        const text = await app.page.locator('body').innerText();
        // A raw i18n key looks like "about.packsTitle" or "nav.supplies" standing alone.
        expect(text, `${p} shows no raw key`).not.toMatch(/(^|\s)(app|nav|home|about|storage|db|update|error|footer|sources)\.[a-zA-Z]+(\s|$)/);
        expect(await axeViolations(app.page), `axe on ${p} (${lang})`).toEqual([]);
      }
      expect(w.problems).toEqual([]);
    });
  }

  test('the language switcher changes <html lang> and the choice survives a reload', async () => {
    await open(app.page, `${app.url}/about?lang=da`);
    await app.page.getByRole('button', { name: 'English' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'About Beredt' }).waitFor();
    expect(await app.page.getAttribute('html', 'lang')).toBe('en');
    await app.page.goto(`${app.url}/shelters`);
    await app.page.getByRole('link', { name: /Shelters/ }).first().waitFor();
    expect(await app.page.getAttribute('html', 'lang')).toBe('en');
    await open(app.page, `${app.url}/?lang=da`);
  });

  test('an unknown address shows a app.page, not a blank screen', async () => {
    await open(app.page, `${app.url}/no/such/page`);
    await expect(app.page.locator('main h1').innerText()).resolves.toBe('Siden findes ikke');
  });
});
