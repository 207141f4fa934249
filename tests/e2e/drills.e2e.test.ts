/**
 * School drills in a real browser against the built app: set up one class of 20, start a fire
 * evacuation drill, tick steps, roll call 18 accounted + 2 absent, reload mid-drill (the clock
 * resumes from the stored timestamps), stop the server and relaunch the browser on the same
 * profile, finish the drill offline, then check the report and the downloaded CSV. Axe and the
 * console are checked on every drills screen in Danish and English.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  axeViolations, launch, newProfile, open, removeProfile, serveDist, waitForPacks, waitForServiceWorker, watch, type Served, type Watch,
} from './harness';

let server: Served;
let origin: string;
let profile: string;
let context: BrowserContext;
let page: Page;
let w: Watch;
let runUrl = '';

/** The clock on the run screen, in whole seconds. */
async function clockSeconds(p: Page): Promise<number> {
  const text = (await p.getByRole('timer').innerText()).trim();
  const parts = text.split(':').map(Number);
  return parts.reduce((acc, n) => acc * 60 + n, 0);
}

/** The number field of one roll-call count (the − and + buttons carry the same words). */
function count(p: Page, label: string) {
  return p.getByRole('spinbutton', { name: label, exact: true });
}

async function expectAxeClean(p: Page, what: string) {
  expect(await axeViolations(p), `axe: ${what}`).toEqual([]);
}

beforeAll(async () => {
  server = await serveDist();
  origin = server.url;
  profile = await newProfile();
  context = await launch(profile);
  page = await context.newPage();
  w = watch(page, origin);
});

afterAll(async () => {
  await context?.close().catch(() => {});
  await server?.stop().catch(() => {});
  await removeProfile(profile);
});

describe('drills', () => {
  test('set up a school with one class of 20 (Danish)', async () => {
    await open(page, `${origin}/drills?lang=da`);
    await waitForServiceWorker(page);
    await waitForPacks(page);
    await open(page, `${origin}/drills`);
    await page.getByRole('heading', { level: 1, name: 'Skoleøvelser' }).waitFor();
    await expectAxeClean(page, 'drills home, no school (da)');

    await page.getByRole('link', { name: 'Opsætning af skole og klasser' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opsætning' }).waitFor();
    await page.getByLabel('Skolens navn').fill('Søndre Skole');
    await page.getByLabel('Øvelsesleder').fill('Åse Ørum');
    await page.getByLabel('Samlingssted 1').fill('Fodboldbanen');
    await page.getByLabel('Klassens navn').fill('3.A');
    await page.getByLabel('Antal elever').fill('20');
    await page.getByLabel('Ansvarlig voksen').fill('Jens');
    await page.getByLabel('Samlingssted', { exact: true }).selectOption({ label: 'Fodboldbanen' });
    await page.getByRole('button', { name: 'Gem opsætningen' }).click();
    await page.getByText('Opsætningen er gemt.').waitFor();
    await expectAxeClean(page, 'set-up (da)');
  });

  test('start a fire evacuation drill, tick steps and do the roll call: 18 accounted, 2 absent', async () => {
    await page.getByRole('link', { name: 'Tilbage til øvelser' }).click();
    await page.getByText('Søndre Skole: klasser 1, elever 20.').waitFor();
    await page.getByRole('radio', { name: 'Brandøvelse: evakuering' }).check();
    await expectAxeClean(page, 'drills home with school (da)');
    await page.getByRole('button', { name: 'Start øvelsen' }).click();
    await page.waitForURL(/\/drills\/run\/[^/]+$/);
    runUrl = page.url();
    await page.getByRole('timer').waitFor();

    await page.getByRole('button', { name: /Alarmen lyder/ }).click();
    await expect.poll(() => page.getByRole('button', { name: /Alarmen lyder/ }).getAttribute('aria-pressed')).toBe('true');
    // The class gathers for a couple of seconds before its roll call, so its time is not 0:00.
    await expect.poll(() => clockSeconds(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: 'Fraværende i dag plus én (3.A)' }).click();
    await page.getByRole('button', { name: 'Fraværende i dag plus én (3.A)' }).click();
    await expect.poll(() => count(page, 'Fraværende i dag').inputValue()).toBe('2');
    await page.getByRole('button', { name: 'Resten er talt op' }).click();
    await expect.poll(() => count(page, 'Talt op').inputValue()).toBe('18');
    await page.getByText(/^Alle talt op efter \d+:\d\d/).waitFor();
    await page.getByText(/^Hele skolen er talt op efter \d+:\d\d\.$/).waitFor();
    await expectAxeClean(page, 'running drill (da)');
  });

  test('a reload mid-drill resumes with the right elapsed time and the taps kept', async () => {
    // Let the clock run a few seconds so a reset to 0:00 would show.
    await expect.poll(() => clockSeconds(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
    const before = await clockSeconds(page);
    const t0 = Date.now();
    await page.reload();
    await page.getByRole('timer').waitFor();
    await expect.poll(() => clockSeconds(page)).toBeGreaterThanOrEqual(before);
    const after = await clockSeconds(page);
    const away = Math.ceil((Date.now() - t0) / 1000);
    expect(after, 'no reset to zero, no jump forward').toBeLessThanOrEqual(before + away + 1);
    expect(await page.getByRole('button', { name: /Alarmen lyder/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await count(page, 'Talt op').inputValue()).toBe('18');
    expect(await count(page, 'Fraværende i dag').inputValue()).toBe('2');
  });

  test('with the server stopped, the relaunched app finishes the drill offline', async () => {
    const before = await clockSeconds(page);
    expect(w.problems).toEqual([]);
    await context.close();
    await server.stop();

    context = await launch(profile);
    page = await context.newPage();
    w = watch(page, origin);
    // As after a dead battery: the start page leads back to the running drill.
    await open(page, `${origin}/`);
    await page.getByRole('heading', { name: 'En øvelse er i gang' }).waitFor();
    await page.getByRole('link', { name: 'Fortsæt øvelsen' }).click();
    await page.waitForURL(runUrl);
    await page.getByRole('timer').waitFor();
    await expect.poll(() => clockSeconds(page)).toBeGreaterThan(before);
    await page.getByRole('button', { name: /Bygningen er tom/ }).click();
    await expect.poll(() => page.getByRole('button', { name: /Bygningen er tom/ }).getAttribute('aria-pressed')).toBe('true');
    await page.getByLabel('Notat til loggen').fill('Dør 3 var låst; brugte trappe "B"');
    await page.getByRole('button', { name: 'Gem notat' }).click();
    await page.getByText(/Dør 3 var låst/).first().waitFor();
    await page.getByRole('button', { name: 'Afslut øvelsen' }).click();
    await page.getByRole('button', { name: 'Ja, afslut' }).click();
    await page.waitForURL(/\/drills\/report\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: 'Øvelsesrapport: Brandøvelse: evakuering' }).waitFor();
  });

  test('the report shows the counts and durations, and the CSV holds them', async () => {
    const row = page.getByTestId('report-classes').locator('tbody tr').first();
    const cells = await row.locator('th, td').allInnerTexts();
    expect(cells.slice(0, 7)).toEqual(['3.A', '20', '18', '0', '2', '0', '0']);
    const classTime = cells[7]!;
    expect(classTime).toMatch(/^\d+:\d\d$/);
    const duration = (await page.getByTestId('report-duration').innerText()).trim();
    expect(duration).toMatch(/^\d+:\d\d$/);
    expect((await page.getByTestId('report-all-accounted').innerText()).trim()).toBe(classTime);
    const toS = (mss: string) => mss.split(':').reduce((a, n) => a * 60 + Number(n), 0);
    expect(toS(classTime), 'the class gathered for at least 2 s before it was all accounted for').toBeGreaterThanOrEqual(2);
    expect(toS(duration)).toBeGreaterThan(toS(classTime));

    await page.getByLabel('Hvad virkede').fill('Rolig og hurtig optælling');
    await page.getByRole('button', { name: 'Gem evalueringen' }).click();
    await page.getByText('Evalueringen er gemt.').waitFor();
    await expectAxeClean(page, 'report (da)');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^oevelse-soendre-skole-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Type;Navn;Elever;Talt op;Savnet;Fraværende;Tilskadekomne;Ikke meldt;Tid (sekunder);Klokkeslæt;Resultat;Bemærkning');
    const cls = lines.find((l) => l.startsWith('Klasse;'))!.split(';');
    expect(cls.slice(0, 8)).toEqual(['Klasse', '3.A', '20', '18', '0', '2', '0', '0']);
    expect(Number(cls[8])).toBe(toS(classTime));
    expect(cls[11]).toBe('Jens · Fodboldbanen');
    const drillRow = lines.find((l) => l.startsWith('Øvelse;'))!.split(';');
    expect(Number(drillRow[8])).toBe(toS(duration));
    expect(lines.find((l) => l.startsWith('I alt;'))).toMatch(/^I alt;Søndre Skole;20;18;0;2;0;0;\d+;;;$/);
    expect(text).toContain('"Dør 3 var låst; brugte trappe ""B"""');
    expect(text).toContain('Virkede;;;;;;;;;;;Rolig og hurtig optælling');
    expect(text).not.toMatch(/Ida|pupils/);
    expect(w.problems).toEqual([]);
  });

  test('the drills screens are axe-clean in English, and the log lists the drill', async () => {
    const reportUrl = page.url();
    await open(page, `${origin}/drills?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'School drills' }).waitFor();
    await page.getByText(/all accounted for after \d+:\d\d/).waitFor();
    // A custom scenario, written in English, joins the list after the shipped ones.
    await page.getByText('Custom scenario', { exact: true }).click();
    await page.getByRole('button', { name: 'Save the scenario' }).click();
    await page.getByText('Give the scenario a name.').waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Lockdown: stay in the classroom');
    await page.getByLabel('Steps (one per line)').fill('Lock the door\nLights off, away from windows\nRoll call');
    await page.getByLabel('Target: everyone accounted for within (minutes, optional)').fill('4');
    await page.getByRole('button', { name: 'Save the scenario' }).click();
    await page.getByText('The scenario is saved.').waitFor();
    expect(await page.getByRole('radio').count()).toBe(3);
    expect(await page.getByRole('radio', { name: 'Lockdown: stay in the classroom' }).isChecked()).toBe(true);
    await expectAxeClean(page, 'drills home with a custom scenario (en)');
    await open(page, `${origin}/drills/setup`);
    await page.getByLabel('School name').waitFor();
    expect(await page.getByLabel('School name').inputValue()).toBe('Søndre Skole');
    await expectAxeClean(page, 'set-up (en)');
    // Typed and left without pressing Save: kept anyway (autosave, flushed when the form goes away).
    await page.getByLabel('Drill lead').fill('Åse Ørum-Hansen');
    await page.getByRole('link', { name: 'Back to drills' }).click();
    await page.getByRole('heading', { level: 1, name: 'School drills' }).waitFor();
    await page.getByRole('link', { name: 'Set up school and classes' }).click();
    await expect.poll(() => page.getByLabel('Drill lead').inputValue()).toBe('Åse Ørum-Hansen');
    await open(page, runUrl);
    await page.getByText('The drill has ended.').waitFor();
    await expectAxeClean(page, 'ended drill (en)');
    await open(page, reportUrl);
    await page.getByRole('heading', { level: 1, name: 'Drill report: Fire drill: evacuation' }).waitFor();
    await expectAxeClean(page, 'report (en)');
    expect(w.problems).toEqual([]);
  });
});
