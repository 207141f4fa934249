/**
 * Home supplies in a real browser against the built app: set a household → needs shown → record
 * stock and a best-before date → the server stopped and the app reopened on the same profile →
 * everything still there; the print view renders; axe and the console are clean in da and en.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  axeViolations,
  launch,
  newProfile,
  open,
  removeProfile,
  serveDist,
  waitForPacks,
  waitForServiceWorker,
  watch,
  type Served,
  type Watch,
} from './harness';

let server: Served;
let profile: string;
let context: BrowserContext;
let page: Page;
let w: Watch;

/** Today in Copenhagen plus n days, as YYYY-MM-DD (as the app counts it). */
function copenhagenPlus(n: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const t = Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10))) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
const SOON = copenhagenPlus(10);

const line = (id: string) => page.locator(`li[data-item="${id}"]`);

async function addStock(itemId: string, name: string, quantity: string, bestBefore = ''): Promise<void> {
  await page.getByRole('button', { name: `Tilføj lager: ${name}` }).click();
  const form = line(itemId).locator('form');
  await form.getByLabel(/^Mængde/).fill(quantity);
  if (bestBefore) await form.getByLabel('Bedst før (valgfri)').fill(bestBefore);
  await form.getByRole('button', { name: 'Gem lager' }).click();
  await form.waitFor({ state: 'detached' });
}

beforeAll(async () => {
  server = await serveDist();
  profile = await newProfile();
  context = await launch(profile);
  page = await context.newPage();
  w = watch(page, server.url);
});

afterAll(async () => {
  await context?.close();
  await server?.stop();
  await removeProfile(profile);
});

describe('home supplies', () => {
  test('first visit: the catalogue loads and the household form is shown', async () => {
    await open(page, `${server.url}/supplies?lang=da`);
    await waitForServiceWorker(page);
    await waitForPacks(page);
    await open(page, `${server.url}/supplies`);
    await expect(page.locator('main h1').innerText()).resolves.toBe('Hjemmeberedskab');
    await page.getByRole('heading', { name: 'Husstanden' }).waitFor();
    expect(await page.getByText('Varelisten er ikke hentet').count()).toBe(0);
  });

  test('bad input gets a message at the field and nothing is saved', async () => {
    await page.getByLabel('Voksne (18 år og ældre)', { exact: true }).fill('10000');
    await page.getByLabel('Hunde', { exact: true }).fill('-1');
    await page.getByLabel('Antal døgn (1–14)').fill('2,5');
    await page.getByRole('button', { name: 'Gem husstanden' }).click();
    await page.getByText('Højst 20. Er det en husstand?').waitFor();
    await page.getByText('Tallet kan ikke være negativt.').waitFor();
    await page.getByText('Skriv et helt tal, fx 2.').waitFor();
    const adults = page.getByLabel('Voksne (18 år og ældre)', { exact: true });
    expect(await adults.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#supplies-summary').count()).toBe(0);
  });

  test('a household of 2 adults, a child of 8 and a dog: needs shown', async () => {
    await page.getByLabel('Voksne (18 år og ældre)', { exact: true }).fill('2');
    await page.getByLabel('Børn 3–12 år').fill('1');
    await page.getByLabel('Hunde', { exact: true }).fill('1');
    await page.getByRole('button', { name: '3 døgn (anbefalingen)' }).click();
    await page.getByRole('button', { name: 'Gem husstanden' }).click();
    await page.locator('#supplies-summary').waitFor();
    await expect(line('water').innerText()).resolves.toContain('0 af 30 L');
    await expect(line('food-no-cook').innerText()).resolves.toContain('0 af 9 dagsrationer');
    await expect(line('pet-food').innerText()).resolves.toContain('0 af 3 dagsrationer');
    await expect(line('blankets').innerText()).resolves.toContain('0 af 3 stk.');
    await expect(page.getByTestId('runs-out-first').innerText()).resolves.toBe('Drikkevand slipper op først: køb 30 L mere.');
  });

  test('record stock with a best-before date: days covered and what runs out first', async () => {
    await addStock('water', 'Drikkevand', '10', SOON);
    await addStock('food-no-cook', 'Holdbar mad, der kan spises uden madlavning', '9');
    await addStock('pet-food', 'Dyrefoder', '3');
    await addStock('toilet-paper', 'Toiletpapir', '5');
    // A past date is allowed: it shows as expired and does not count.
    await addStock('candles', 'Stearinlys', '1', copenhagenPlus(-30));
    await expect(line('candles').innerText()).resolves.toContain('1 pakke er udløbet og tælles ikke med.');
    await expect(line('candles').innerText()).resolves.toContain('0 af 1 pakke');
    await expect(line('water').innerText()).resolves.toMatch(/10 af 30 L · Rækker 1 døgn/);
    await expect(page.getByTestId('runs-out-first').innerText()).resolves.toBe('Drikkevand slipper op først: køb 20 L mere.');
    await expect(page.locator('.summary-days').innerText()).resolves.toBe('Døgn dækket: 1 af 3');
    await expect(page.locator('.expiry').innerText()).resolves.toContain('Udløber inden for 30 dage');
    await expect(page.locator('.shopping').innerText()).resolves.toContain('Drikkevand: 20 L');
  });

  test('delete with undo, and a custom item', async () => {
    await line('pet-food').getByRole('button', { name: /^Slet: Dyrefoder/ }).click();
    await page.locator('.toast').getByText('Slettet.').waitFor();
    // Keyboard users land on Undo rather than losing focus with the deleted row.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Fortryd');
    await expect(line('pet-food').innerText()).resolves.toContain('0 af 3');
    await page.locator('.toast').getByRole('button', { name: 'Fortryd' }).click();
    await page.locator('.toast').getByText('Fortrudt.').waitFor();
    await expect(line('pet-food').innerText()).resolves.toContain('3 af 3');
    await page.locator('.toast').getByRole('button', { name: 'Luk' }).click();

    const custom = page.locator('form.custom-form');
    await custom.getByRole('button', { name: 'Tilføj punkt' }).click();
    await custom.getByText('Skriv et navn.').waitFor();
    await custom.getByLabel('Navn').fill('Dåseåbner');
    await custom.getByRole('button', { name: 'Tilføj punkt' }).click();
    await custom.getByText('Punktet er tilføjet.').waitFor();
    await page.locator('li.supply-line', { hasText: 'Dåseåbner' }).waitFor();
  });

  test('changing the household to 7 days rescales the list, and Undo brings 3 days back', async () => {
    await page.locator('.household-details > summary').click();
    await page.locator('.household-details').getByRole('button', { name: '7 døgn' }).click();
    await page.locator('.household-details').getByRole('button', { name: 'Gem husstanden' }).click();
    await page.locator('.toast').getByText('Ændret.').waitFor();
    await expect(line('water').innerText()).resolves.toContain('10 af 70 L');
    await page.locator('.toast').getByRole('button', { name: 'Fortryd' }).click();
    await page.locator('.toast').getByText('Fortrudt.').waitFor();
    await expect(line('water').innerText()).resolves.toContain('10 af 30 L');
    await page.locator('.toast').getByRole('button', { name: 'Luk' }).click();
  });

  test('the .ics file: RFC 5545 lines, an event for the best-before date and a 6-monthly check', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent kalenderfil (.ics)' }).click()]);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain(`DTSTART;VALUE=DATE:${SOON.replace(/-/g, '')}`);
    expect(unfolded).toContain('SUMMARY:Bedst før: Drikkevand (10 L)');
    expect(unfolded).toContain('RRULE:FREQ=MONTHLY;INTERVAL=6');
    for (const l of text.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
  });

  test('the start page shows what expires within 30 days', async () => {
    await open(page, `${server.url}/`);
    await expect(page.locator('.supplies-widget').innerText()).resolves.toContain('Udløber inden for 30 dage: Drikkevand');
    await expect(page.locator('.supplies-widget').innerText()).resolves.toContain('Udløbet: Stearinlys');
  });

  test('axe is clean and nothing is logged, in Danish and English', async () => {
    await open(page, `${server.url}/supplies`);
    await page.locator('#supplies-summary').waitFor();
    expect(await axeViolations(page), 'axe da').toEqual([]);
    await open(page, `${server.url}/supplies?lang=en`);
    await page.getByTestId('runs-out-first').getByText('Drinking water runs out first: buy 20 L more.').waitFor();
    expect(await axeViolations(page), 'axe en').toEqual([]);
    await open(page, `${server.url}/?lang=en`);
    expect(await axeViolations(page), 'axe en start page').toEqual([]);
    await open(page, `${server.url}/supplies?lang=da`);
    await page.locator('#supplies-summary').waitFor();
    expect(w.problems).toEqual([]);
  });

  test('offline: the server stopped, the browser reopened on the same profile, everything is still there', async () => {
    await context.close();
    await server.stop();
    context = await launch(profile);
    page = await context.newPage();
    w = watch(page, server.url);
    await open(page, `${server.url}/supplies`);
    await page.locator('#supplies-summary').waitFor();
    await expect(page.getByTestId('runs-out-first').innerText()).resolves.toBe('Drikkevand slipper op først: køb 20 L mere.');
    await expect(line('water').innerText()).resolves.toContain('10 af 30 L');
    await expect(line('pet-food').innerText()).resolves.toContain('3 af 3');
    await page.locator('li.supply-line', { hasText: 'Dåseåbner' }).waitFor();
    await expect(page.locator('.expiry').innerText()).resolves.toContain('Drikkevand (10 L)');
    const brs = page.locator('.sources a', { hasText: 'Forberedt på kriser' });
    await expect(brs.getAttribute('href')).resolves.toBe('https://www.brs.dk/da/forberedt');
  });

  test('two tabs: stock recorded in one shows up in the other', async () => {
    const second = await context.newPage();
    const w2 = watch(second, server.url);
    await open(second, `${server.url}/supplies`);
    await second.getByRole('button', { name: 'Tilføj lager: Tændstikker eller lighter' }).click();
    const form = second.locator('li[data-item="matches"] form');
    await form.getByLabel(/^Mængde/).fill('1');
    await form.getByRole('button', { name: 'Gem lager' }).click();
    await form.waitFor({ state: 'detached' });
    await line('matches').getByText('1 af 1 pakke').waitFor();
    await second.close();
    expect(w2.problems).toEqual([]);
  });

  test('the print view renders the list and the shopping list without forms or buttons', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.shopping').isVisible()).toBe(true);
    expect(await line('water').isVisible()).toBe(true);
    expect(await page.locator('.household-details').isVisible()).toBe(false);
    expect(await page.locator('form.custom-form').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Tilføj lager: Drikkevand' }).isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(5_000);
    await page.emulateMedia({ media: 'screen' });
    expect(w.problems).toEqual([]);
  });
});
