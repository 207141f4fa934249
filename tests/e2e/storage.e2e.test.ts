/**
 * Storage trouble never blanks the app: with no IndexedDB at all (as in some private modes) every
 * section still opens and the user is told, in their language, that what they enter is not kept;
 * with the device's storage full (the origin's quota shrunk through the DevTools protocol to what
 * is already used), a write fails with a message in the user's language and nothing stored
 * before is lost.
 */
import type { CDPSession } from 'playwright-core';
import { describe, expect, onTestFinished, test } from 'vitest';
import { launch, newProfile, open, removeProfile, useServedApp, waitForPacks, waitForServiceWorker, watch } from './harness';

const PATHS = ['/', '/supplies', '/shelters', '/guidance', '/guidance/now', '/drills', '/plan', '/about'];

/** The server; the full-storage test launches the browser on the file's profile itself. */
const app = useServedApp({ browser: false });

describe('no IndexedDB', () => {
  for (const [lang, message] of [
    ['da', 'Denne browser lader ikke Beredt gemme data'],
    ['en', 'This browser does not let Beredt store data'],
    ['uk', 'Цей браузер не дозволяє Beredt зберігати дані'],
  ] as const) {
    test(`every section opens and says what will not be kept (${lang})`, async () => {
      const profile = await newProfile();
      const context = await launch(profile);
      onTestFinished(async () => {
        await context.close();
        await removeProfile(profile);
      });
      await context.addInitScript(() => {
        Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
      });
      const page = await context.newPage();
      const w = watch(page, app.url);
      await open(page, `${app.url}/?lang=${lang}`);
      for (const p of PATHS) {
        await open(page, `${app.url}${p}`);
        await expect(page.getByRole('alert').filter({ hasText: message }).count(), p).resolves.toBe(1);
      }
      expect(w.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    });
  }
});

const UI = {
  da: {
    addStock: 'Tilføj lager',
    amount: /^Mængde/,
    save: 'Gem lager',
    banner: 'Enhedens lager er fuldt, så din seneste ændring blev ikke gemt. Frigør plads, eller tag en sikkerhedskopi. Intet tidligere gemt er gået tabt.',
    atForm: 'Det blev ikke gemt: enheden har ikke mere plads. Intet af det, der allerede er gemt, er gået tabt.',
    water: '10 af 18 L',
    noPaper: '0 af 3 ruller',
  },
  en: {
    addStock: 'Add stock',
    amount: /^Amount/,
    save: 'Save stock',
    banner: "The device's storage is full, so your last change was not saved. Free some space or make a backup. Nothing stored before was lost.",
    atForm: 'This was not saved: the device has no more space. Nothing already stored has been lost.',
    water: '10 of 18 L',
    noPaper: '0 of 3 rolls',
  },
} as const;

const line = (id: string) => app.page.locator(`li[data-item="${id}"]`);

/** Records stock of a catalogue item through the form, as the user does. */
async function addStock(lang: keyof typeof UI, itemId: string, quantity: string): Promise<void> {
  await line(itemId).getByRole('button', { name: new RegExp(`^${UI[lang].addStock}`) }).click();
  const form = line(itemId).locator('form');
  await form.getByLabel(UI[lang].amount).fill(quantity);
  await form.getByRole('button', { name: UI[lang].save }).click();
}

/** The quota of the app's origin: `bytes`, or the browser's own without. */
async function setQuota(cdp: CDPSession, bytes?: number): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: app.url, quotaSize: bytes });
  expect((await cdp.send('Storage.getUsageAndQuota', { origin: app.url })).overrideActive).toBe(bytes !== undefined);
}

describe('full storage', () => {
  test('a write to a full device fails with a message in the user’s language (da, en); what was stored stays, and a write works once there is room', async () => {
    // First visit: the packs loaded, a household and 10 L of water stored.
    let page = await app.relaunch();
    await open(page, `${app.url}/supplies?lang=da`);
    await waitForServiceWorker(page);
    await waitForPacks(page);
    await open(page, `${app.url}/supplies`);
    await page.getByLabel('Voksne (18 år og ældre)', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Gem husstanden' }).click();
    await page.locator('#supplies-summary').waitFor();
    await addStock('da', 'water', '10');
    await line('water').getByText(UI.da.water).waitFor();
    expect(app.watch.problems).toEqual([]);

    // The device is full: the quota is what the origin already uses. Set before the app opens
    // the database in a new browser, as Chromium's IndexedDB caches the room left for up to 30 s.
    page = await app.relaunch();
    const cdp = await app.context.newCDPSession(page);
    const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin: app.url });
    await setQuota(cdp, usage);

    for (const lang of ['da', 'en'] as const) {
      await open(page, `${app.url}/supplies?lang=${lang}`);
      await line('water').getByText(UI[lang].water).waitFor();
      expect(await page.locator('.storage-banner').count(), `no banner before the write (${lang})`).toBe(0);
      await addStock(lang, 'toilet-paper', '5');
      await page.locator('.storage-banner').getByText(UI[lang].banner, { exact: true }).waitFor();
      expect(await page.locator('.storage-banner').getAttribute('role')).toBe('alert');
      await page.getByRole('alert').filter({ hasText: UI[lang].atForm }).waitFor();
      // Not blank: the page and the list are still there, the stock stored before too.
      expect(await page.locator('main h1').isVisible()).toBe(true);
      await line('water').getByText(UI[lang].water).waitFor();
      await line('toilet-paper').getByText(UI[lang].noPaper).waitFor();
      // After a reload (still full), what was stored before is all there and the failed write is not.
      await page.reload();
      await line('water').getByText(UI[lang].water).waitFor();
      await line('toilet-paper').getByText(UI[lang].noPaper).waitFor();
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
    }

    // Full once more; then there is room again: the same form saves, and the banner goes.
    await addStock('en', 'toilet-paper', '5');
    await page.locator('.storage-banner').getByText(UI.en.banner, { exact: true }).waitFor();
    await setQuota(cdp);
    await line('toilet-paper').locator('form').getByRole('button', { name: UI.en.save }).click();
    await line('toilet-paper').getByText('5 of 3 rolls').waitFor();
    await page.locator('.storage-banner').waitFor({ state: 'detached' });
    await page.reload();
    await line('toilet-paper').getByText('5 of 3 rolls').waitFor();
    await line('water').getByText(UI.en.water).waitFor();
    expect(app.watch.problems).toEqual([]);
  });
});
