/**
 * Home supplies in a real browser against the built app: set a household → needs shown → record
 * stock and a best-before date → the server stopped and the app reopened on the same profile →
 * everything still there; the print view renders; axe and the console are clean in da and en.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { axeViolations, open, useServedApp, waitForPacks, waitForServiceWorker, watch } from './harness';

const app = useServedApp();

/** Today in Copenhagen plus n days, as YYYY-MM-DD (as the app counts it). */
function copenhagenPlus(n: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const t = Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10))) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
const SOON = copenhagenPlus(10);

const line = (id: string) => app.page.locator(`li[data-item="${id}"]`);

async function addStock(itemId: string, name: string, quantity: string, bestBefore = ''): Promise<void> {
  await app.page.getByRole('button', { name: `Tilføj lager: ${name}` }).click();
  const form = line(itemId).locator('form');
  await form.getByLabel(/^Mængde/).fill(quantity);
  if (bestBefore) await form.getByLabel('Bedst før (valgfri)').fill(bestBefore);
  await form.getByRole('button', { name: 'Gem lager' }).click();
  await form.waitFor({ state: 'detached' });
}

describe('home supplies', () => {
  test('first visit: the catalogue loads and the household form is shown', async () => {
    await open(app.page, `${app.url}/supplies?lang=da`);
    await waitForServiceWorker(app.page);
    await waitForPacks(app.page);
    await open(app.page, `${app.url}/supplies`);
    await expect(app.page.locator('main h1').innerText()).resolves.toBe('Hjemmeberedskab');
    await app.page.getByRole('heading', { name: 'Husstanden' }).waitFor();
    expect(await app.page.getByText('Varelisten er ikke hentet').count()).toBe(0);
  });

  test('bad input gets a message at the field and nothing is saved', async () => {
    await app.page.getByLabel('Voksne (18 år og ældre)', { exact: true }).fill('10000');
    await app.page.getByLabel('Hunde', { exact: true }).fill('-1');
    await app.page.getByLabel('Antal døgn (1–14)').fill('2,5');
    await app.page.getByRole('button', { name: 'Gem husstanden' }).click();
    await app.page.getByText('Højst 20. Er det en husstand?').waitFor();
    await app.page.getByText('Tallet kan ikke være negativt.').waitFor();
    await app.page.getByText('Skriv et helt tal, fx 2.').waitFor();
    const adults = app.page.getByLabel('Voksne (18 år og ældre)', { exact: true });
    expect(await adults.getAttribute('aria-invalid')).toBe('true');
    expect(await app.page.locator('#supplies-summary').count()).toBe(0);
  });

  test('a household of 2 adults, a child of 8 and a dog: needs shown', async () => {
    await app.page.getByLabel('Voksne (18 år og ældre)', { exact: true }).fill('2');
    await app.page.getByLabel('Børn 3–12 år').fill('1');
    await app.page.getByLabel('Hunde', { exact: true }).fill('1');
    await app.page.getByRole('button', { name: '3 døgn (anbefalingen)' }).click();
    await app.page.getByRole('button', { name: 'Gem husstanden' }).click();
    await app.page.locator('#supplies-summary').waitFor();
    await expect(line('water').innerText()).resolves.toContain('0 af 30 L');
    await expect(line('food-no-cook').innerText()).resolves.toContain('0 af 9 dagsrationer');
    await expect(line('pet-food').innerText()).resolves.toContain('0 af 3 dagsrationer');
    await expect(line('blankets').innerText()).resolves.toContain('0 af 3 stk.');
    await expect(app.page.getByTestId('runs-out-first').innerText()).resolves.toBe('Drikkevand slipper op først: køb 30 L mere.');
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
    await expect(app.page.getByTestId('runs-out-first').innerText()).resolves.toBe('Drikkevand slipper op først: køb 20 L mere.');
    await expect(app.page.locator('.summary-days').innerText()).resolves.toBe('Døgn dækket: 1 af 3');
    await expect(app.page.locator('.expiry').innerText()).resolves.toContain('Udløber inden for 30 dage');
    await expect(app.page.locator('.shopping').innerText()).resolves.toContain('Drikkevand: 20 L');
  });

  test('delete with undo, and a custom item', async () => {
    await line('pet-food').getByRole('button', { name: /^Slet: Dyrefoder/ }).click();
    await app.page.locator('.toast').getByText('Slettet.').waitFor();
    // Keyboard users land on Undo rather than losing focus with the deleted row.
    await expect(app.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Fortryd');
    await expect(line('pet-food').innerText()).resolves.toContain('0 af 3');
    await app.page.locator('.toast').getByRole('button', { name: 'Fortryd' }).click();
    await app.page.locator('.toast').getByText('Fortrudt.').waitFor();
    await expect(line('pet-food').innerText()).resolves.toContain('3 af 3');
    await app.page.locator('.toast').getByRole('button', { name: 'Luk' }).click();

    const custom = app.page.locator('form.custom-form');
    await custom.getByRole('button', { name: 'Tilføj punkt' }).click();
    await custom.getByText('Skriv et navn.').waitFor();
    await custom.getByLabel('Navn').fill('Dåseåbner');
    await custom.getByRole('button', { name: 'Tilføj punkt' }).click();
    await custom.getByText('Punktet er tilføjet.').waitFor();
    await app.page.locator('li.supply-line', { hasText: 'Dåseåbner' }).waitFor();
  });

  test('changing the household to 7 days rescales the list, and Undo brings 3 days back', async () => {
    await app.page.locator('.household-details > summary').click();
    await app.page.locator('.household-details').getByRole('button', { name: '7 døgn' }).click();
    await app.page.locator('.household-details').getByRole('button', { name: 'Gem husstanden' }).click();
    await app.page.locator('.toast').getByText('Ændret.').waitFor();
    await expect(line('water').innerText()).resolves.toContain('10 af 70 L');
    await app.page.locator('.toast').getByRole('button', { name: 'Fortryd' }).click();
    await app.page.locator('.toast').getByText('Fortrudt.').waitFor();
    await expect(line('water').innerText()).resolves.toContain('10 af 30 L');
    await app.page.locator('.toast').getByRole('button', { name: 'Luk' }).click();
  });

  test('the .ics file: RFC 5545 lines, an event for the best-before date and a 6-monthly check', async () => {
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Hent kalenderfil (.ics)' }).click()]);
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
    await open(app.page, `${app.url}/`);
    await expect(app.page.locator('.supplies-widget').innerText()).resolves.toContain('Udløber inden for 30 dage: Drikkevand');
    await expect(app.page.locator('.supplies-widget').innerText()).resolves.toContain('Udløbet: Stearinlys');
  });

  test('axe is clean and nothing is logged, in Danish and English', async () => {
    await open(app.page, `${app.url}/supplies`);
    await app.page.locator('#supplies-summary').waitFor();
    expect(await axeViolations(app.page), 'axe da').toEqual([]);
    await open(app.page, `${app.url}/supplies?lang=en`);
    await app.page.getByTestId('runs-out-first').getByText('Drinking water runs out first: buy 20 L more.').waitFor();
    expect(await axeViolations(app.page), 'axe en').toEqual([]);
    await open(app.page, `${app.url}/?lang=en`);
    expect(await axeViolations(app.page), 'axe en start page').toEqual([]);
    await open(app.page, `${app.url}/supplies?lang=da`);
    await app.page.locator('#supplies-summary').waitFor();
    expect(app.watch.problems).toEqual([]);
  });

  test('offline: the server stopped, the browser reopened on the same profile, everything is still there', async () => {
    await app.relaunchOffline();
    await open(app.page, `${app.url}/supplies`);
    await app.page.locator('#supplies-summary').waitFor();
    await expect(app.page.getByTestId('runs-out-first').innerText()).resolves.toBe('Drikkevand slipper op først: køb 20 L mere.');
    await expect(line('water').innerText()).resolves.toContain('10 af 30 L');
    await expect(line('pet-food').innerText()).resolves.toContain('3 af 3');
    await app.page.locator('li.supply-line', { hasText: 'Dåseåbner' }).waitFor();
    await expect(app.page.locator('.expiry').innerText()).resolves.toContain('Drikkevand (10 L)');
    const brs = app.page.locator('.sources a', { hasText: 'Forberedt på kriser' });
    await expect(brs.getAttribute('href')).resolves.toBe('https://www.brs.dk/da/forberedt');
  });

  test('two tabs: stock recorded in one shows up in the other', async () => {
    const second = await app.context.newPage();
    const w2 = watch(second, app.url);
    await open(second, `${app.url}/supplies`);
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
    await app.page.emulateMedia({ media: 'print' });
    expect(await app.page.locator('.shopping').isVisible()).toBe(true);
    expect(await line('water').isVisible()).toBe(true);
    expect(await app.page.locator('.household-details').isVisible()).toBe(false);
    expect(await app.page.locator('form.custom-form').isVisible()).toBe(false);
    expect(await app.page.getByRole('button', { name: 'Tilføj lager: Drikkevand' }).isVisible()).toBe(false);
    expect(await app.page.locator('.site-header').isVisible()).toBe(false);
    const pdf = await app.page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(5_000);
    await app.page.emulateMedia({ media: 'screen' });
    expect(app.watch.problems).toEqual([]);
  });
});
