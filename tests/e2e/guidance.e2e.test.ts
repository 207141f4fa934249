/**
 * Guidance in a real browser against the built app: search and read an article with the
 * server stopped (service worker + IndexedDB only), the urgent cards, the siren trainer, the
 * Danish fallback notice, and axe / console / third-party checks in da, en and uk.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, open, useServedApp, waitForPacks, waitForServiceWorker, watch } from './harness';

const app = useServedApp();

/** A raw i18n key of the guidance namespace standing alone, e.g. "siren.title". */
const RAW_KEY = /(^|\s)(nav|categories|urgency|sections|article|appLinks|search|now|siren|about)\.[a-zA-Z]+(\s|$)/;

/** Runs `fn` on the guidance table of the app's IndexedDB in one readwrite transaction (in the page). */
declare function idbGuidance(fn: (store: IDBObjectStore) => void): Promise<void>;
const IDB_GUIDANCE = `window.idbGuidance = (fn) => new Promise((resolve, reject) => {
  const open = indexedDB.open('beredt');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction('guidance', 'readwrite');
    fn(tx.objectStore('guidance'));
    tx.oncomplete = () => { open.result.close(); resolve(); };
    tx.onerror = () => reject(tx.error);
  };
});`;

async function checkPage(p: Page, label: string): Promise<void> {
  const text = await p.locator('main').innerText();
  expect(text, `${label}: no raw key`).not.toMatch(RAW_KEY);
  expect(await axeViolations(p), `axe on ${label}`).toEqual([]);
}

describe('guidance', () => {
  test('first visit: the pack is loaded and every guidance page is clean in Danish', async () => {
    const w = watch(app.page, app.url);
    await open(app.page, `${app.url}/guidance?lang=da`);
    await waitForServiceWorker(app.page);
    await waitForPacks(app.page);
    await open(app.page, `${app.url}/guidance`);
    await app.page.getByRole('heading', { level: 2, name: /Varsling/ }).waitFor();
    expect(await app.page.getByRole('link', { name: /Når sirenerne lyder/ }).count()).toBe(1);
    await checkPage(app.page, '/guidance (da)');
    for (const path of ['/guidance/now', '/guidance/siren', '/guidance/about', '/guidance/sirens']) {
      await open(app.page, `${app.url}${path}`);
      await checkPage(app.page, `${path} (da)`);
    }
    expect(w.problems).toEqual([]);
  });

  test('with the server stopped: search without ø and with a typo, then read the article', async () => {
    await app.relaunchOffline();
    const w = app.watch;
    await open(app.page, `${app.url}/guidance`);
    const search = app.page.getByRole('searchbox', { name: 'Søg i vejledningen' });
    await search.fill('stromsvigt');
    await app.page.getByRole('status').filter({ hasText: /Resultater for »stromsvigt«/ }).waitFor();
    const first = app.page.locator('.guidance-cards a').first();
    await expect(first.innerText()).resolves.toMatch(/Når strømmen går/);
    await search.fill('sirnerne');
    await expect(app.page.locator('.guidance-cards a').first().innerText()).resolves.toMatch(/sirenerne/);
    await app.page.locator('.guidance-cards a').first().click();
    await app.page.getByRole('heading', { level: 1, name: 'Når sirenerne lyder' }).waitFor();
    // The key action first, then "Under" before "Før" for an urgent topic, sources with dates.
    const body = await app.page.locator('main').innerText();
    expect(body).toMatch(/Gør dette først\s+Gå indenfor/i);
    expect(body.indexOf('Under')).toBeLessThan(body.indexOf('Før'));
    await app.page.getByRole('heading', { level: 2, name: 'Kilder' }).waitFor();
    expect(await app.page.locator('.guidance-sources li').count()).toBeGreaterThan(0);
    expect(body).toMatch(/Kontrolleret 23\. november 2026/);
    // A source marker jumps to its source.
    await app.page.locator('.source-marker a').first().click();
    expect(await app.page.evaluate(() => location.hash)).toMatch(/^#source-\d$/);
    // No raw HTML from the content: no <script>, <iframe> or inline event handlers in main.
    expect(await app.page.locator('main script, main iframe, main [onclick]').count()).toBe(0);
    // Back keeps the search.
    await app.page.goBack();
    await app.page.goBack();
    await expect(app.page.getByRole('searchbox').inputValue()).resolves.toBe('sirnerne');
    expect(w.problems).toEqual([]);
  });

  test('offline: "What do I do now?" shows the five urgent cards, action first', async () => {
    const w = watch(app.page, app.url);
    await open(app.page, `${app.url}/guidance/now`);
    const cards = app.page.locator('.now-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(5);
    expect(await cards.locator('h2').allInnerTexts()).toEqual([
      expect.stringMatching(/sirenerne/i),
      expect.stringMatching(/telefon|mobil|net/i),
      expect.stringMatching(/strøm/i),
      expect.stringMatching(/.+/),
      expect.stringMatching(/numre|nummer/i),
    ]);
    // The action text is the first thing after the heading, in large type.
    const fontSize = await cards.first().locator('.now-action').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(24);
    // One screen each: every card's content fits in the phone's viewport (412 × 915).
    const heights = await app.page.$$eval('.now-card', (els) =>
      els.map((e) => {
        const last = e.lastElementChild!.getBoundingClientRect();
        return Math.round(last.bottom - e.getBoundingClientRect().top);
      }),
    );
    for (const h of heights) expect(h).toBeLessThanOrEqual(915);
    expect(w.problems).toEqual([]);
  });

  test('offline: the siren trainer plays and stops, and counts down to the next test', async () => {
    const w = watch(app.page, app.url);
    await open(app.page, `${app.url}/guidance/siren`);
    await expect(app.page.locator('.siren-next-date').innerText()).resolves.toMatch(/\d+\. maj \d{4} kl\. 12\.00/);
    await expect(app.page.getByTestId('siren-countdown').innerText()).resolves.toMatch(/dag/);
    await app.page.getByRole('button', { name: /Afspil Faresignal/ }).click();
    await app.page.getByRole('status').filter({ hasText: /Afspiller Faresignal/ }).waitFor();
    expect(await app.page.evaluate(() => typeof AudioContext)).toBe('function');
    await app.page.getByRole('button', { name: /Stop lyden/ }).click();
    await app.page.getByRole('status').filter({ hasText: /Lyden er stoppet/ }).waitFor();
    await app.page.getByRole('button', { name: /Afspil Afvarsling/ }).waitFor();
    expect(w.problems).toEqual([]);
  });

  test('offline, keyboard only: search and open a result', async () => {
    const w = watch(app.page, app.url);
    await open(app.page, `${app.url}/guidance?lang=da`);
    const search = app.page.getByRole('searchbox', { name: 'Søg i vejledningen' });
    for (let i = 0; i < 40 && !(await search.evaluate((el) => el === document.activeElement)); i++) await app.page.keyboard.press('Tab');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await app.page.keyboard.type('nodnumre');
    await app.page.getByRole('status').filter({ hasText: /Resultater for »nodnumre«/ }).waitFor();
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Tab');
    const focused = await app.page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toMatch(/^\/guidance\//);
    await app.page.keyboard.press('Enter');
    await app.page.locator('main h1').filter({ hasNotText: 'Vejledning' }).waitFor();
    expect(app.page.url()).toBe(`${app.url}${focused}`);
    expect(w.problems).toEqual([]);
  });

  for (const lang of ['en', 'uk'] as const) {
    test(`offline in ${lang}: pages are clean, urgent cards are translated, a missing translation shows Danish with a notice`, async () => {
      await app.page.addInitScript(IDB_GUIDANCE);
      const w = watch(app.page, app.url);
      await open(app.page, `${app.url}/guidance?lang=${lang}`);
      expect(await app.page.getAttribute('html', 'lang')).toBe(lang);
      await app.page.locator('.guidance-cards').first().waitFor();
      await checkPage(app.page, `/guidance (${lang})`);
      for (const path of ['/guidance/now', '/guidance/siren', '/guidance/about', '/guidance/power-cut']) {
        await open(app.page, `${app.url}${path}`);
        await checkPage(app.page, `${path} (${lang})`);
      }
      // Urgent cards exist in the language: no fallback notice on /now.
      await open(app.page, `${app.url}/guidance/now`);
      expect(await app.page.locator('.now-card [lang="da"]').count()).toBe(0);
      // Sources: an association is labelled as not being an authority, and listed apart.
      await open(app.page, `${app.url}/guidance/first-aid`);
      const labelled = app.page.locator('.guidance-sources li').filter({ hasText: 'Hjerteforeningen' });
      await expect(labelled.locator('.source-kind').innerText()).resolves.toMatch(lang === 'en' ? /organisation, not an authority/ : /організація, не державний орган/);
      expect(await app.page.locator('.guidance-sources .source-kind').count()).toBe(1);
      await open(app.page, `${app.url}/guidance/about`);
      await app.page.getByRole('heading', { level: 2, name: lang === 'en' ? 'Other sources (not authorities)' : 'Інші джерела (не державні органи)' }).waitFor();
      // Every topic now exists in en and uk: storm-surge is read in the language, no notice.
      await open(app.page, `${app.url}/guidance/storm-surge`);
      expect(await app.page.locator('.fallback-notice').count()).toBe(0);
      expect(await app.page.locator('.key-action-text').getAttribute('lang')).toBe(lang);
      // A topic that exists only in Danish (a copy of storm-surge under a new id, written to
      // IndexedDB as a pack update would) shows the Danish text with a notice, never a blank page.
      await app.page.evaluate(
        ([from, to]) => idbGuidance((store) => {
          const get = store.get(`${from}:da`);
          get.onsuccess = () => store.put({ ...get.result, key: `${to}:da`, id: to, related: [] });
        }),
        ['storm-surge', 'fallback-probe'],
      );
      await open(app.page, `${app.url}/guidance/fallback-probe`);
      const notice = app.page.locator('.fallback-notice');
      await expect(notice.innerText()).resolves.toMatch(lang === 'uk' ? /українською/ : /not available in English/);
      expect(await app.page.locator('.key-action-text').getAttribute('lang')).toBe('da');
      await checkPage(app.page, `/guidance/fallback-probe fallback (${lang})`);
      await app.page.evaluate(() => idbGuidance((store) => store.delete('fallback-probe:da')));
      // Search in the language.
      await open(app.page, `${app.url}/guidance`);
      await app.page.getByRole('searchbox').fill(lang === 'en' ? 'powr cut' : 'сирени');
      await expect(app.page.locator('.guidance-cards a').first().getAttribute('href')).resolves.toBe(
        lang === 'en' ? '/guidance/power-cut' : '/guidance/sirens',
      );
      expect(w.problems).toEqual([]);
    });
  }
});
