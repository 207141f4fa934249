/**
 * My plan in a real browser against the built app: fill in the plan (autosaved, survives a
 * reload), a bad phone number gets a message at the field, a meeting place picked on the offline
 * map (WebGL through SwiftShader; without WebGL a plain message), the printable plan and wallet card
 * render (also under print media), the share link opens the plan and imports it only after
 * confirmation, backup export, malformed/newer/foreign backup files give clear errors and
 * leave the data intact, the start-page reminder appears and goes after a backup, and the plan
 * is there after stopping the server and relaunching the browser. Axe and the console are
 * checked on every plan screen in Danish and English.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, open, useServedApp, waitForServiceWorker, watch } from './harness';

/** The requested build files that contain maplibre (chunk names follow module names, so look inside). */
async function mapLibraryChunks(urls: string[]): Promise<string[]> {
  const files = [...new Set(urls.map((u) => new URL(u).pathname).filter((p) => /^\/assets\/.+\.js$/.test(p)))];
  const hits = await Promise.all(files.map(async (p) => ((await readFile(`dist${p}`, 'utf8')).includes('maplibre-gl') ? p : null)));
  return hits.filter((p): p is string => p !== null);
}

let shareLink = '';
let backupText = '';
/** SwiftShader, so the map (WebGL) draws in headless chromium, as in shelters.e2e.test.ts. */
const WEBGL_ARGS = ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--ignore-gpu-blocklist'];

const app = useServedApp({ args: WEBGL_ARGS });

interface StoredPlan {
  members?: { name: string }[];
  meetingNearHome?: { description: string; lat?: number; lon?: number };
}

async function storedPlan(p: Page): Promise<StoredPlan | null> {
  return p.evaluate(
    () =>
      new Promise((resolve) => {
        const req = indexedDB.open('beredt');
        req.onsuccess = () => {
          const get = req.result.transaction('plan').objectStore('plan').get('plan');
          get.onsuccess = () => resolve(get.result ?? null);
          get.onerror = () => resolve(null);
        };
        req.onerror = () => resolve(null);
      }),
  );
}

async function chooseBackupFile(p: Page, name: string, text: string) {
  await p.getByLabel('Vælg en sikkerhedskopi (.json)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('my plan', () => {
  test('fill in the plan in Danish: autosaved, bad phone flagged at the field, kept after reload', async () => {
    await open(app.page, `${app.url}/plan?lang=da`);
    await waitForServiceWorker(app.page);
    await open(app.page, `${app.url}/plan`);
    await app.page.getByRole('heading', { level: 1, name: 'Min plan' }).waitFor();
    await app.page.getByRole('button', { name: '+ Tilføj person' }).click();
    await app.page.getByLabel('Navn', { exact: true }).first().fill('Søren Æbelø');
    const phone = app.page.getByLabel('Telefon').first();
    await phone.fill('ring mig');
    await expect(app.page.getByText('Skriv et telefonnummer med cifre').isVisible()).resolves.toBe(true);
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    await phone.fill('+45 20 30 40 50');
    await app.page.getByRole('button', { name: '+ Tilføj kontakt' }).click();
    const contact = app.page.getByRole('group', { name: 'Kontakt 1' });
    await contact.getByLabel('Navn').fill('Олена Коваленко');
    await contact.getByLabel('Telefon').fill('86 12 34 56');
    await app.page.getByLabel('Mødested nær hjemmet').fill('Ved legepladsen på Grønnegade');
    await app.page.getByLabel('Mødested uden for området').fill('Hos moster Åse i Aarhus');
    // Reload at once, inside the autosave delay: the last keystrokes must survive too.
    await app.page.getByLabel('Noter').fill('Radio i køkkenskuffen');
    await app.page.reload();
    await app.page.getByRole('heading', { level: 1, name: 'Min plan' }).waitFor();
    await expect(app.page.getByLabel('Navn', { exact: true }).first().inputValue()).resolves.toBe('Søren Æbelø');
    await expect(app.page.getByLabel('Mødested uden for området').inputValue()).resolves.toBe('Hos moster Åse i Aarhus');
    await expect(app.page.getByLabel('Noter').inputValue()).resolves.toBe('Radio i køkkenskuffen');
    await app.page.getByText(/Gemt på enheden/).waitFor();
    expect((await storedPlan(app.page))?.members?.[0]?.name).toBe('Søren Æbelø');
    expect(await axeViolations(app.page), 'axe /plan da').toEqual([]);
  });

  test('a meeting place can take a point from the device position; a refusal gets a clear message', async () => {
    await open(app.page, `${app.url}/plan`);
    const near = app.page.locator('.plan-place').first();
    await app.context.grantPermissions(['geolocation'], { origin: app.url });
    await app.context.setGeolocation({ latitude: 56.156789, longitude: 10.210123 });
    await near.getByRole('button', { name: 'Brug min position som punkt' }).click();
    await near.getByText('Punkt på kortet: 56.15679, 10.21012').waitFor();
    await near.getByRole('button', { name: 'Fjern punktet' }).click();
    await near.getByRole('button', { name: 'Brug min position som punkt' }).waitFor();
    expect(await near.getByText(/Punkt på kortet/).count()).toBe(0);
    await app.context.clearPermissions();
    await near.getByRole('button', { name: 'Brug min position som punkt' }).click();
    await near.getByRole('alert').filter({ hasText: 'Du har ikke givet lov til at bruge positionen' }).waitFor();
    await expect(app.page.getByLabel('Mødested nær hjemmet').inputValue()).resolves.toBe('Ved legepladsen på Grønnegade');
  });

  test('a meeting place can be picked on the offline map; the map code loads only then; the point is saved and printed', async () => {
    const scripts: string[] = [];
    const onRequest = (r: { url: () => string }) => void scripts.push(r.url());
    app.page.on('request', onRequest);
    await open(app.page, `${app.url}/plan`);
    const near = app.page.locator('.plan-place').first();
    await near.getByRole('button', { name: 'Vælg på kortet' }).waitFor();
    // The map library (in the chunk shared with the shelter map) is not part of the plan app.page.
    expect(await mapLibraryChunks(scripts)).toEqual([]);
    await near.getByRole('button', { name: 'Vælg på kortet' }).click();
    const map = near.locator('.point-picker-map[data-state="ready"]');
    await map.waitFor({ timeout: 60_000 });
    expect(await mapLibraryChunks(scripts)).toHaveLength(1);
    expect(await near.getByRole('button', { name: 'Luk kortet' }).getAttribute('aria-expanded')).toBe('true');
    // The map opens on Denmark; a click a little north-west of the centre picks a point there.
    const box = (await map.boundingBox())!;
    await app.page.mouse.click(box.x + box.width * 0.4, box.y + box.height * 0.4);
    const pointText = near.getByText(/^Punkt på kortet: /);
    await pointText.waitFor();
    await near.getByRole('status').filter({ hasText: 'Punktet er gemt.' }).waitFor();
    const [, lat, lon] = (await pointText.innerText()).match(/(\d+\.\d{5}), (\d+\.\d{5})/)!.map(Number);
    expect(lat).toBeGreaterThan(54.5);
    expect(lat).toBeLessThan(57.8);
    expect(lon).toBeGreaterThan(7.9);
    expect(lon).toBeLessThan(15.3);
    await expect.poll(async () => (await storedPlan(app.page))?.meetingNearHome).toEqual({ description: 'Ved legepladsen på Grønnegade', lat, lon });
    expect(await axeViolations(app.page), 'axe /plan with the map open').toEqual([]);
    // Keyboard: move the map with an arrow key, then take its centre.
    await map.locator('canvas').focus();
    await app.page.keyboard.press('ArrowRight');
    await near.getByRole('button', { name: 'Brug kortets midte' }).click();
    await expect.poll(async () => (await storedPlan(app.page))?.meetingNearHome?.lat).not.toBe(lat);
    const centre = (await storedPlan(app.page))!.meetingNearHome!;
    await near.getByText(`Punkt på kortet: ${centre.lat!.toFixed(5)}, ${centre.lon!.toFixed(5)}`).waitFor();
    await near.getByRole('button', { name: 'Luk kortet' }).click();
    expect(await near.locator('.point-picker-map').count()).toBe(0);
    await expect(app.page.getByLabel('Mødested nær hjemmet').inputValue()).resolves.toBe('Ved legepladsen på Grønnegade');
    // Kept after a reload, and printed with the place.
    await app.page.reload();
    await near.getByText(`Punkt på kortet: ${centre.lat!.toFixed(5)}, ${centre.lon!.toFixed(5)}`).waitFor();
    await open(app.page, `${app.url}/plan/print`);
    await app.page.locator('.wallet-card').waitFor();
    expect(await app.page.locator('main').innerText()).toContain(`Ved legepladsen på Grønnegade (${centre.lat!.toFixed(5)}, ${centre.lon!.toFixed(5)})`);
    app.page.off('request', onRequest);
    expect(app.watch.problems).toEqual([]);
  });

  test('the printable plan and the wallet card render, also as print media', async () => {
    await open(app.page, `${app.url}/plan/print`);
    const card = app.page.locator('.wallet-card');
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain('Ved legepladsen på Grønnegade');
    expect(text).toContain('Олена Коваленко');
    expect(text).toContain('112');
    expect(text).toContain('82 12 12 12');
    expect(await app.page.locator('.wallet-cut').innerText()).toContain('Klip her');
    expect(await axeViolations(app.page), 'axe /plan/print da').toEqual([]);
    await app.page.emulateMedia({ media: 'print' });
    expect(await app.page.locator('.site-header').isVisible()).toBe(false);
    expect(await app.page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
    const box = (await app.page.locator('.wallet-face').first().boundingBox())!;
    // 85 mm at 96 dpi ≈ 321 px: the card has wallet size on paper.
    expect(Math.round(box.width)).toBeGreaterThan(315);
    expect(Math.round(box.width)).toBeLessThan(327);
    await app.page.emulateMedia({ media: 'screen' });
  });

  test('share: a link with the plan in the fragment and a QR code drawn on the device', async () => {
    await open(app.page, `${app.url}/plan/share`);
    const link = app.page.getByLabel('Link til planen');
    await link.waitFor();
    shareLink = await link.inputValue();
    expect(shareLink.startsWith(`${app.url}/plan#plan=1`)).toBe(true);
    await app.page.getByRole('img', { name: 'QR-kode med linket til planen' }).waitFor();
    expect(await axeViolations(app.page), 'axe /plan/share da').toEqual([]);
  });

  test('share as a file: the file opens as a shared plan; a backup or junk file gets a clear error', async () => {
    await open(app.page, `${app.url}/plan/share`);
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Hent planen som fil' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^beredt-plan-\d{4}-\d{2}-\d{2}\.json$/);
    const planFile = await readFile((await download.path())!, 'utf8');
    expect(JSON.parse(planFile)).toMatchObject({ app: 'beredt', kind: 'plan', format: 1 });
    const picker = app.page.getByLabel('Vælg en planfil');
    await picker.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"beredt","kind":"backup","format":1}') });
    await app.page.getByRole('alert').filter({ hasText: 'Det er en sikkerhedskopi, ikke en plan' }).waitFor();
    await picker.setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('junk') });
    await app.page.getByRole('alert').filter({ hasText: 'ikke en planfil fra Beredt' }).waitFor();
    await picker.setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(planFile) });
    await app.page.getByRole('heading', { name: 'En delt plan' }).waitFor();
    expect(await app.page.locator('.plan-incoming').innerText()).toContain('Олена Коваленко');
    await app.page.getByRole('button', { name: 'Nej tak' }).click();
    await app.page.getByRole('heading', { name: 'Husstanden' }).waitFor();
  });

  test('opening a share link shows the plan and imports it only after confirmation', async () => {
    const other = await app.context.newPage();
    const wo = watch(other, app.url);
    const requests: string[] = [];
    other.on('request', (r) => requests.push(r.url()));
    // Make the stored plan differ, so we see whether the link changed it.
    await open(other, `${app.url}/plan`);
    await other.getByLabel('Navn', { exact: true }).first().fill('Midlertidig');
    await other.getByText(/Gemt på enheden/).waitFor();
    await other.goto(shareLink);
    await other.getByRole('heading', { name: 'En delt plan' }).waitFor();
    expect(await other.locator('.plan-incoming').innerText()).toContain('Søren Æbelø');
    expect(other.url()).not.toContain('#plan=');
    expect((await storedPlan(other))?.members?.[0]?.name).toBe('Midlertidig');
    await other.getByRole('button', { name: 'Brug denne plan' }).click();
    await other.getByText('Den delte plan er gemt som din plan.').waitFor();
    expect((await storedPlan(other))?.members?.[0]?.name).toBe('Søren Æbelø');
    expect(requests.some((u) => u.includes('plan=1'))).toBe(false);
    expect(wo.problems).toEqual([]);
    await other.close();
  });

  test('a corrupt share link says so and changes nothing', async () => {
    await open(app.page, `${app.url}/plan#plan=1r.AAAAbroken`);
    await app.page.getByRole('alert').filter({ hasText: 'Linket er beskadiget' }).waitFor();
    expect((await storedPlan(app.page))?.members?.[0]?.name).toBe('Søren Æbelø');
  });

  test('the start page reminds to back up; export downloads the file and the reminder goes', async () => {
    await open(app.page, `${app.url}/`);
    await app.page.getByRole('heading', { name: 'Sikkerhedskopi' }).waitFor();
    await app.page.getByRole('link', { name: 'Lav sikkerhedskopi' }).click();
    await app.page.getByRole('heading', { name: 'Sikkerhedskopi af alle dine data' }).waitFor();
    expect(await axeViolations(app.page), 'axe /plan/backup da').toEqual([]);
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Hent sikkerhedskopi' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^beredt-backup-\d{4}-\d{2}-\d{2}\.json$/);
    backupText = await readFile((await download.path())!, 'utf8');
    const parsed = JSON.parse(backupText);
    expect(parsed).toMatchObject({ app: 'beredt', kind: 'backup', format: 1 });
    expect(parsed.tables.plan[0].members[0].name).toBe('Søren Æbelø');
    expect(Object.keys(parsed.tables)).not.toContain('guidance');
    await app.page.getByText(/Sikkerhedskopien er hentet/).waitFor();
    await open(app.page, `${app.url}/`);
    await app.page.getByRole('heading', { name: 'Vær forberedt' }).waitFor();
    await app.page.waitForTimeout(300);
    expect(await app.page.getByRole('heading', { name: 'Sikkerhedskopi' }).count()).toBe(0);
  });

  test('malformed, foreign and newer backup files get a clear error and the data stays intact', async () => {
    await open(app.page, `${app.url}/plan/backup`);
    const cases: [string, string, RegExp][] = [
      ['broken.json', '{"app":"beredt","kind":"backup",', /kan ikke læses som JSON/],
      ['other.json', '{"hello":"world"}', /ikke en sikkerhedskopi fra Beredt/],
      ['future.json', JSON.stringify({ ...JSON.parse(backupText), format: 7 }), /nyere version af Beredt \(format 7/],
      ['badrow.json', JSON.stringify({ ...JSON.parse(backupText), tables: { batches: [{ id: 'a' }, { qty: 1 }] } }), /Post nr\. 2 i »Forsyninger« er ugyldig \(mangler id\)/],
      ['evil.json', '{"app":"beredt","kind":"backup","format":1,"exportedAt":"x","tables":{"__proto__":[]}}', /ukendt datatype/],
      ['empty.json', '', /Filen er tom/],
      // Refused by its size before it is read or parsed.
      ['huge.json', `{"app":"beredt","pad":"${'x'.repeat(33 * 1024 * 1024)}"}`, /Filen er for stor \(over 32 MB\)/],
    ];
    for (const [name, text, message] of cases) {
      await chooseBackupFile(app.page, name, text);
      const alert = app.page.locator('.plan-import-error');
      await alert.waitFor();
      expect(await alert.innerText(), name).toMatch(message);
      expect(await alert.getAttribute('role')).toBe('alert');
    }
    expect(await app.page.evaluate(() => ({}) as Record<string, unknown>).then((o) => o.polluted)).toBeUndefined();
    expect((await storedPlan(app.page))?.members?.[0]?.name).toBe('Søren Æbelø');
    expect(await axeViolations(app.page), 'axe backup error').toEqual([]);
  });

  test('a valid backup previews the changes; replace needs confirmation and first downloads the current data', async () => {
    const changed = JSON.parse(backupText);
    changed.tables.plan[0].members[0].name = 'Fra filen';
    await chooseBackupFile(app.page, 'good.json', JSON.stringify(changed));
    await app.page.getByRole('table', { name: 'Det sker, hvis du indlæser filen' }).waitFor();
    await app.page.getByLabel('Erstat').check();
    const apply = app.page.getByRole('button', { name: 'Indlæs' });
    expect(await apply.isDisabled()).toBe(true);
    await app.page.getByLabel('Jeg forstår, at mine nuværende data bliver erstattet').check();
    expect(await axeViolations(app.page), 'axe backup preview').toEqual([]);
    const [auto] = await Promise.all([app.page.waitForEvent('download'), apply.click()]);
    expect(auto.suggestedFilename()).toMatch(/^beredt-backup-before-replace-/);
    expect(JSON.parse(await readFile((await auto.path())!, 'utf8')).tables.plan[0].members[0].name).toBe('Søren Æbelø');
    await app.page.getByText(/Sikkerhedskopien er indlæst/).waitFor();
    expect((await storedPlan(app.page))?.members?.[0]?.name).toBe('Fra filen');
    // Put the original back with a merge.
    await chooseBackupFile(app.page, 'orig.json', backupText);
    await app.page.getByRole('button', { name: 'Indlæs' }).click();
    await app.page.getByText(/Sikkerhedskopien er indlæst/).waitFor();
    expect((await storedPlan(app.page))?.members?.[0]?.name).toBe('Søren Æbelø');
  });

  test('every plan screen is axe-clean in English with no raw keys', async () => {
    for (const p of ['/plan?lang=en', '/plan/print', '/plan/share', '/plan/backup']) {
      await open(app.page, `${app.url}${p}`);
      await app.page.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();
      const body = await app.page.locator('main').innerText();
      expect(body, p).not.toMatch(/\b(backup|share|print|members|incoming|numbers)\.[a-zA-Z]+/);
      expect(await axeViolations(app.page), `axe ${p} en`).toEqual([]);
    }
    await open(app.page, `${app.url}/plan?lang=da`);
  });

  test('with the server stopped and no WebGL, the relaunched app still has the plan; the map picker says why', async () => {
    const online = app.watch;
    await app.relaunchOffline({ args: ['--disable-webgl', '--disable-3d-apis'] });
    const wo = app.watch;
    await open(app.page, `${app.url}/plan`);
    await expect(app.page.getByLabel('Navn', { exact: true }).first().inputValue()).resolves.toBe('Søren Æbelø');
    const near = app.page.locator('.plan-place').first();
    await near.getByText(/^Punkt på kortet: /).waitFor();
    await near.getByRole('button', { name: 'Vælg på kortet' }).click();
    await near.getByRole('alert').filter({ hasText: 'Denne browser kan ikke tegne kortet (WebGL' }).waitFor();
    await app.page.getByLabel('Mødested uden for området').fill('Hos moster Åse i Aarhus, Vestergade');
    await expect.poll(async () => (await storedPlan(app.page)) as { meetingOutsideArea?: { description: string } } | null).toMatchObject({ meetingOutsideArea: { description: 'Hos moster Åse i Aarhus, Vestergade' } });
    expect(await axeViolations(app.page), 'axe /plan without WebGL').toEqual([]);
    await open(app.page, `${app.url}/plan/print`);
    expect(await app.page.locator('.wallet-card').innerText()).toContain('Ved legepladsen på Grønnegade');
    expect(wo.problems.filter((p) => !p.includes('ERR_CONNECTION_REFUSED'))).toEqual([]);
    expect(online.problems).toEqual([]);
  });
});
