/**
 * The shell in a real browser: every section renders in each language with no console error,
 * no CSP violation, no third-party request, and no axe violation; ?lang= is remembered.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launch, newProfile, open, removeProfile, serveDist, watch, type Served } from './harness';

const PATHS = ['/', '/supplies', '/shelters', '/guidance', '/drills', '/plan', '/about'];

let server: Served;
let profile: string;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await serveDist();
  profile = await newProfile();
  context = await launch(profile);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await server?.stop();
  await removeProfile(profile);
});

describe('app shell', () => {
  test('the start page leads to urgent guidance in one tap, in Danish by default', async () => {
    const w = watch(page, server.url);
    await open(page, `${server.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    const now = page.getByRole('link', { name: /Hvad gør jeg nu\?/ });
    await expect(now.getAttribute('href')).resolves.toBe('/guidance/now');
    expect(w.problems).toEqual([]);
  });

  for (const lang of ['da', 'en', 'uk'] as const) {
    test(`every section renders cleanly in ${lang} (console, CSP, axe, raw keys)`, async () => {
      const w = watch(page, server.url);
      await open(page, `${server.url}/?lang=${lang}`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      for (const p of PATHS) {
        await open(page, `${server.url}${p}`);
        expect(await page.getAttribute('html', 'lang'), `${p} keeps the chosen language`).toBe(lang);
        const text = await page.locator('body').innerText();
        // A raw i18n key looks like "about.packsTitle" or "nav.supplies" standing alone.
        expect(text, `${p} shows no raw key`).not.toMatch(/(^|\s)(app|nav|home|about|storage|db|update|error|footer|sources)\.[a-zA-Z]+(\s|$)/);
        expect(await axeViolations(page), `axe on ${p} (${lang})`).toEqual([]);
      }
      expect(w.problems).toEqual([]);
    });
  }

  test('the language switcher changes <html lang> and the choice survives a reload', async () => {
    await open(page, `${server.url}/about?lang=da`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'About Beredt' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.goto(`${server.url}/shelters`);
    await page.getByRole('link', { name: /Shelters/ }).first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await open(page, `${server.url}/?lang=da`);
  });

  test('an unknown address shows a page, not a blank screen', async () => {
    await open(page, `${server.url}/no/such/page`);
    await expect(page.locator('main h1').innerText()).resolves.toBe('Siden findes ikke');
  });
});
