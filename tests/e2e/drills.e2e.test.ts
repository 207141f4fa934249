/**
 * School drills in a real browser against the built app: set up one class of 20, start a fire
 * evacuation drill, tick steps, roll call 18 accounted + 2 absent, reload mid-drill (the clock
 * resumes from the stored timestamps), stop the server and relaunch the browser on the same
 * profile, finish the drill offline, then check the report and the downloaded CSV. Axe and the
 * console are checked on every drills screen in Danish and English.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, open, useServedApp, waitForPacks, waitForServiceWorker } from './harness';

const app = useServedApp();
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

describe('drills', () => {
  test('set up a school with one class of 20 (Danish)', async () => {
    await open(app.page, `${app.url}/drills?lang=da`);
    await waitForServiceWorker(app.page);
    await waitForPacks(app.page);
    await open(app.page, `${app.url}/drills`);
    await app.page.getByRole('heading', { level: 1, name: 'Skoleøvelser' }).waitFor();
    await expectAxeClean(app.page, 'drills home, no school (da)');

    await app.page.getByRole('link', { name: 'Opsætning af skole og klasser' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Opsætning' }).waitFor();
    await app.page.getByLabel('Skolens navn').fill('Søndre Skole');
    await app.page.getByLabel('Øvelsesleder').fill('Åse Ørum');
    await app.page.getByLabel('Samlingssted 1').fill('Fodboldbanen');
    await app.page.getByLabel('Klassens navn').fill('3.A');
    await app.page.getByLabel('Antal elever').fill('20');
    await app.page.getByLabel('Ansvarlig voksen').fill('Jens');
    await app.page.getByLabel('Samlingssted', { exact: true }).selectOption({ label: 'Fodboldbanen' });
    await app.page.getByRole('button', { name: 'Gem opsætningen' }).click();
    await app.page.getByText('Opsætningen er gemt.').waitFor();
    await expectAxeClean(app.page, 'set-up (da)');
  });

  test('start a fire evacuation drill, tick steps and do the roll call: 18 accounted, 2 absent', async () => {
    await app.page.getByRole('link', { name: 'Tilbage til øvelser' }).click();
    await app.page.getByText('Søndre Skole: klasser 1, elever 20.').waitFor();
    await app.page.getByRole('radio', { name: 'Brandøvelse: evakuering' }).check();
    await expectAxeClean(app.page, 'drills home with school (da)');
    await app.page.getByRole('button', { name: 'Start øvelsen' }).click();
    await app.page.waitForURL(/\/drills\/run\/[^/]+$/);
    runUrl = app.page.url();
    await app.page.getByRole('timer').waitFor();

    await app.page.getByRole('button', { name: /Alarmen lyder/ }).click();
    await expect.poll(() => app.page.getByRole('button', { name: /Alarmen lyder/ }).getAttribute('aria-pressed')).toBe('true');
    // The class gathers for a couple of seconds before its roll call, so its time is not 0:00.
    await expect.poll(() => clockSeconds(app.page), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await app.page.getByRole('button', { name: 'Fraværende i dag plus én (3.A)' }).click();
    await app.page.getByRole('button', { name: 'Fraværende i dag plus én (3.A)' }).click();
    await expect.poll(() => count(app.page, 'Fraværende i dag').inputValue()).toBe('2');
    await app.page.getByRole('button', { name: 'Resten er talt op' }).click();
    await expect.poll(() => count(app.page, 'Talt op').inputValue()).toBe('18');
    await app.page.getByText(/^Alle talt op efter \d+:\d\d/).waitFor();
    await app.page.getByText(/^Hele skolen er talt op efter \d+:\d\d\.$/).waitFor();
    await expectAxeClean(app.page, 'running drill (da)');
  });

  test('a reload mid-drill resumes with the right elapsed time and the taps kept', async () => {
    // Let the clock run a few seconds so a reset to 0:00 would show.
    await expect.poll(() => clockSeconds(app.page), { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
    const before = await clockSeconds(app.page);
    const t0 = Date.now();
    await app.page.reload();
    await app.page.getByRole('timer').waitFor();
    await expect.poll(() => clockSeconds(app.page)).toBeGreaterThanOrEqual(before);
    const after = await clockSeconds(app.page);
    const away = Math.ceil((Date.now() - t0) / 1000);
    expect(after, 'no reset to zero, no jump forward').toBeLessThanOrEqual(before + away + 1);
    expect(await app.page.getByRole('button', { name: /Alarmen lyder/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await count(app.page, 'Talt op').inputValue()).toBe('18');
    expect(await count(app.page, 'Fraværende i dag').inputValue()).toBe('2');
  });

  test('with the server stopped, the relaunched app finishes the drill offline', async () => {
    const before = await clockSeconds(app.page);
    expect(app.watch.problems).toEqual([]);
    await app.relaunchOffline();
    // As after a dead battery: the start page leads back to the running drill.
    await open(app.page, `${app.url}/`);
    await app.page.getByRole('heading', { name: 'En øvelse er i gang' }).waitFor();
    await app.page.getByRole('link', { name: 'Fortsæt øvelsen' }).click();
    await app.page.waitForURL(runUrl);
    await app.page.getByRole('timer').waitFor();
    await expect.poll(() => clockSeconds(app.page)).toBeGreaterThan(before);
    await app.page.getByRole('button', { name: /Bygningen er tom/ }).click();
    await expect.poll(() => app.page.getByRole('button', { name: /Bygningen er tom/ }).getAttribute('aria-pressed')).toBe('true');
    await app.page.getByLabel('Notat til loggen').fill('Dør 3 var låst; brugte trappe "B"');
    await app.page.getByRole('button', { name: 'Gem notat' }).click();
    await app.page.getByText(/Dør 3 var låst/).first().waitFor();
    await app.page.getByRole('button', { name: 'Afslut øvelsen' }).click();
    await app.page.getByRole('button', { name: 'Ja, afslut' }).click();
    await app.page.waitForURL(/\/drills\/report\/[^/]+$/);
    await app.page.getByRole('heading', { level: 1, name: 'Øvelsesrapport: Brandøvelse: evakuering' }).waitFor();
  });

  test('the report shows the counts and durations, and the CSV holds them', async () => {
    const row = app.page.getByTestId('report-classes').locator('tbody tr').first();
    const cells = await row.locator('th, td').allInnerTexts();
    expect(cells.slice(0, 7)).toEqual(['3.A', '20', '18', '0', '2', '0', '0']);
    const classTime = cells[7]!;
    expect(classTime).toMatch(/^\d+:\d\d$/);
    const duration = (await app.page.getByTestId('report-duration').innerText()).trim();
    expect(duration).toMatch(/^\d+:\d\d$/);
    expect((await app.page.getByTestId('report-all-accounted').innerText()).trim()).toBe(classTime);
    const toS = (mss: string) => mss.split(':').reduce((a, n) => a * 60 + Number(n), 0);
    expect(toS(classTime), 'the class gathered for at least 2 s before it was all accounted for').toBeGreaterThanOrEqual(2);
    expect(toS(duration)).toBeGreaterThan(toS(classTime));

    await app.page.getByLabel('Hvad virkede').fill('Rolig og hurtig optælling');
    await app.page.getByRole('button', { name: 'Gem evalueringen' }).click();
    await app.page.getByText('Evalueringen er gemt.').waitFor();
    await expectAxeClean(app.page, 'report (da)');

    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Hent CSV' }).click()]);
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
    expect(app.watch.problems).toEqual([]);
  });

  test('the drills screens are axe-clean in English, and the log lists the drill', async () => {
    const reportUrl = app.page.url();
    await open(app.page, `${app.url}/drills?lang=en`);
    await app.page.getByRole('heading', { level: 1, name: 'School drills' }).waitFor();
    await app.page.getByText(/all accounted for after \d+:\d\d/).waitFor();
    // A custom scenario, written in English, joins the list after the shipped ones.
    await app.page.getByText('Custom scenario', { exact: true }).click();
    await app.page.getByRole('button', { name: 'Save the scenario' }).click();
    await app.page.getByText('Give the scenario a name.').waitFor();
    await app.page.getByLabel('Name', { exact: true }).fill('Lockdown: stay in the classroom');
    await app.page.getByLabel('Steps (one per line)').fill('Lock the door\nLights off, away from windows\nRoll call');
    await app.page.getByLabel('Target: everyone accounted for within (minutes, optional)').fill('4');
    await app.page.getByRole('button', { name: 'Save the scenario' }).click();
    await app.page.getByText('The scenario is saved.').waitFor();
    expect(await app.page.getByRole('radio').count()).toBe(3);
    expect(await app.page.getByRole('radio', { name: 'Lockdown: stay in the classroom' }).isChecked()).toBe(true);
    await expectAxeClean(app.page, 'drills home with a custom scenario (en)');
    await open(app.page, `${app.url}/drills/setup`);
    await app.page.getByLabel('School name').waitFor();
    expect(await app.page.getByLabel('School name').inputValue()).toBe('Søndre Skole');
    await expectAxeClean(app.page, 'set-up (en)');
    // Typed and left without pressing Save: kept anyway (autosave, flushed when the form goes away).
    await app.page.getByLabel('Drill lead').fill('Åse Ørum-Hansen');
    await app.page.getByRole('link', { name: 'Back to drills' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'School drills' }).waitFor();
    await app.page.getByRole('link', { name: 'Set up school and classes' }).click();
    await expect.poll(() => app.page.getByLabel('Drill lead').inputValue()).toBe('Åse Ørum-Hansen');
    await open(app.page, runUrl);
    await app.page.getByText('The drill has ended.').waitFor();
    await expectAxeClean(app.page, 'ended drill (en)');
    await open(app.page, reportUrl);
    await app.page.getByRole('heading', { level: 1, name: 'Drill report: Fire drill: evacuation' }).waitFor();
    await expectAxeClean(app.page, 'report (en)');
    expect(app.watch.problems).toEqual([]);
  });
});
