/**
 * Importing shelter files in a real browser: a CSV with problems gets a preview naming record
 * and field, the valid rows become a named source that shows up in the nearest list and
 * survives a reload; a broken file changes nothing; a 100,000-point GeoJSON file imports with
 * progress; removing a source leaves the shipped data.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, open, useServedApp, waitForPacks, waitForServiceWorker, watch } from './harness';

const AARHUS = { latitude: 56.1567, longitude: 10.2108 };

const app = useServedApp({ geolocation: AARHUS, permissions: ['geolocation'], locale: 'en-GB' });

beforeAll(async () => {
  app.page.on('dialog', (d) => void d.accept());
  await open(app.page, `${app.url}/shelters?lang=en`);
  await waitForServiceWorker(app.page);
  await waitForPacks(app.page);
});

const fileInput = () => app.page.getByLabel('Shelter file (GeoJSON or CSV)');

async function firstListed(): Promise<string> {
  await app.page.getByRole('button', { name: 'Use my position' }).click();
  await app.page.getByText('Showing shelters near: your position').waitFor();
  const first = app.page.locator('[data-testid="nearest-list"] > li').first();
  await first.waitFor();
  return first.innerText();
}

describe('shelter import', () => {
  test('a CSV with problems: preview names record and field; the valid rows import as a named source', async () => {
    const w = watch(app.page, app.url);
    await open(app.page, `${app.url}/shelters`);
    const csv = [
      'id;lat;lon;pladser;adresse',
      'K1;56,1567;10,2108;80;Store Torv 1, 8000 Aarhus C',
      'K2;56.16;10.20;40;Nørregade 2, 8000 Aarhus C',
      'K3;10.2;56.15;40;Swapped',
      'K4;56.15;10.21;-5;Negative',
      'K5;56.155;10.205;12;',
    ].join('\n');
    await fileInput().setInputFiles({ name: 'kommune.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await app.page.getByText('3 of 5 records can be imported').waitFor();
    const preview = await app.page.locator('.import-preview').innerText();
    expect(preview).toContain('Record 3 (K3), field lat/lon: latitude and longitude look swapped');
    expect(preview).toContain('Record 4 (K4), field pladser: number of places is negative (-5)');
    expect(await axeViolations(app.page)).toEqual([]);
    await app.page.getByLabel('Name of this source').fill('Test kommune');
    await app.page.getByRole('button', { name: 'Import 3 shelters' }).click();
    await app.page.getByText('Imported 3 shelters as “Test kommune”.').waitFor();
    const first = await firstListed();
    expect(first).toContain('Store Torv 1, 8000 Aarhus C');
    expect(first).toContain('Source: Test kommune');
    await app.page.reload();
    await app.page.locator('.import-sources strong').getByText('Test kommune', { exact: true }).waitFor();
    expect(w.problems).toEqual([]);
  });

  test('a broken file is refused with a message and changes nothing', async () => {
    await fileInput().setInputFiles({ name: 'broken.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('{"type":"FeatureCollection","features":[') });
    await app.page.getByRole('alert').filter({ hasText: 'The file looks like JSON but cannot be read.' }).waitFor();
    await app.page.locator('.import-sources strong').getByText('Test kommune', { exact: true }).waitFor();
    expect(await firstListed()).toContain('Source: Test kommune');
  });

  test('a file with latitude and longitude swapped: the preview offers to read it the other way round, and it imports', async () => {
    const swapped = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [56.1575, 10.2115] }, properties: { id: 'S1', capacity: 30, address: 'Ombyttet 1, 8000 Aarhus C' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [56.16, 10.205] }, properties: { id: 'S2', capacity: 20, address: 'Ombyttet 2, 8000 Aarhus C' } },
      ],
    };
    await fileInput().setInputFiles({ name: 'swapped.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(swapped)) });
    await app.page.getByText('0 of 2 records can be imported').waitFor();
    await app.page.getByText('2 records look as if latitude and longitude were swapped.').waitFor();
    expect(await axeViolations(app.page)).toEqual([]);
    await app.page.getByRole('button', { name: 'Swap latitude and longitude and read the file again' }).click();
    await app.page.getByText('2 of 2 records can be imported').waitFor();
    await app.page.getByText('Latitude and longitude are read the other way round for every record in the file.').waitFor();
    // The button pressed is gone: focus is on the new preview's heading, not lost to the page.
    await expect(app.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Check before importing');
    // Going back reads the file as it is; swapping again is one tap.
    await app.page.getByRole('button', { name: 'Read the file as it is' }).click();
    await app.page.getByText('0 of 2 records can be imported').waitFor();
    await app.page.getByRole('button', { name: 'Swap latitude and longitude and read the file again' }).click();
    await app.page.getByText('2 of 2 records can be imported').waitFor();
    expect(await app.page.getByLabel('Name of this source').inputValue()).toBe('swapped');
    await app.page.getByLabel('Name of this source').fill('Ombyttet fil');
    await app.page.getByRole('button', { name: 'Import 2 shelters' }).click();
    await app.page.getByText('Imported 2 shelters as “Ombyttet fil”.').waitFor();
    await firstListed();
    const list = await app.page.locator('[data-testid="nearest-list"]').innerText();
    expect(list).toContain('Ombyttet 1, 8000 Aarhus C');
    expect(list).toContain('Source: Ombyttet fil');
    await app.page.getByRole('button', { name: 'Remove “Ombyttet fil”' }).click();
    await app.page.getByText('Removed “Ombyttet fil”.').waitFor();
  });

  test('a 100,000-point GeoJSON file imports with progress, and removing sources leaves the shipped data', async () => {
    const features = Array.from({ length: 100_000 }, (_, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [8.1 + (i % 500) * 0.0139, 54.6 + Math.floor(i / 500) * 0.0155] },
      properties: { id: `N${i}`, capacity: 1 + (i % 250), address: `Testvej ${i}` },
    }));
    const buffer = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
    const t0 = Date.now();
    await fileInput().setInputFiles({ name: 'national.geojson', mimeType: 'application/geo+json', buffer });
    console.log(`100k: file set after ${Date.now() - t0} ms`);
    await app.page.getByText('100,000 of 100,000 records can be imported').waitFor({ timeout: 60_000 });
    console.log(`100k: preview after ${Date.now() - t0} ms`);
    await app.page.getByLabel('Name of this source').fill('Synthetic national');
    const seen = new Set<string>();
    const poll = setInterval(() => {
      void app.page.locator('progress').getAttribute('value', { timeout: 200 }).then((v) => v && seen.add(v), () => {});
    }, 100);
    await app.page.getByRole('button', { name: 'Import 100000 shelters' }).click();
    await app.page.getByText('Imported 100000 shelters as “Synthetic national”.').waitFor({ timeout: 180_000 });
    clearInterval(poll);
    console.log(`100k: imported after ${Date.now() - t0} ms`);
    expect(seen.size).toBeGreaterThan(2);
    await app.page.locator('.import-sources strong').getByText('Synthetic national', { exact: true }).waitFor();
    for (const name of ['Synthetic national', 'Test kommune']) {
      await app.page.getByRole('button', { name: `Remove “${name}”` }).click();
      await app.page.getByText(`Removed “${name}”.`).waitFor();
    }
    await app.page.locator('.shelter-sources').getByText('No imported sources.').waitFor();
    const first = await firstListed();
    expect(first).not.toContain('Test kommune');
    expect(first).toContain('MELICA');
  });
});
