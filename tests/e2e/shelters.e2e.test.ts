/**
 * Shelters in a real browser against the built app: device position → sorted nearest list
 * whose first entry is the true nearest; refused permission → offline place search; server
 * stopped → the map opens and draws the shelters and the town labels (no glyph server: maplibre
 * draws them from the device's fonts; proven by placed labels, their pixels and no font request),
 * and the list still works; no WebGL → the list
 * still works and says why; axe clean in Danish and English; nothing leaves the origin.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { nearestByScan } from '../../src/features/shelters/domain/spatial-index';
import { axeViolations, open, useServedApp, waitForPacks, waitForServiceWorker } from './harness';
import { darkGreyPixels, pixelStats } from './shelters-png';

/** Store Torv, central Aarhus. */
const AARHUS = { latitude: 56.1567, longitude: 10.2108 };
const WEBGL_ARGS = ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--ignore-gpu-blocklist'];

/** The true nearest shelter, by a plain scan over the pack the build shipped. */
function trueNearest(): string[] {
  const index = JSON.parse(readFileSync('dist/packs/index.json', 'utf8')) as { packs: { id: string; file: string }[] };
  const pack = JSON.parse(readFileSync(`dist/packs/${index.packs.find((p) => p.id === 'shelters')!.file}`, 'utf8')) as {
    records: { id: string; lon: number; lat: number }[];
  };
  return nearestByScan(pack.records, { lon: AARHUS.longitude, lat: AARHUS.latitude }, 10).map((n) => n.item.id);
}

async function listed(page: Page): Promise<{ ids: string[]; meters: number[] }> {
  const items = page.locator('[data-testid="nearest-list"] > li');
  await items.first().waitFor();
  const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-shelter-id')!));
  const meters = await items.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-meters'))));
  return { ids, meters };
}

/** Each test launches the browser on the file's profile with its own options. */
const app = useServedApp({ browser: false });

describe('shelters', () => {
  test('a position in central Aarhus gives the 10 nearest, sorted, the true nearest first (da, axe clean)', async () => {
    const page = await app.relaunch({ geolocation: AARHUS, permissions: ['geolocation'], args: WEBGL_ARGS });
    const w = app.watch;
    await open(page, `${app.url}/shelters?lang=da`);
    await waitForServiceWorker(page);
    await waitForPacks(page);
    await open(page, `${app.url}/shelters`);
    await expect(page.getByText('tekst-tv side 150').first().isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Brug min position' }).click();
    await page.getByText('Viser beskyttelsesrum nær: din position').waitFor();
    const { ids, meters } = await listed(page);
    expect(ids).toHaveLength(10);
    expect(meters).toEqual([...meters].sort((a, b) => a - b));
    const truth = trueNearest();
    expect(ids[0]).toBe(truth[0]);
    expect(ids).toEqual(truth);
    await expect(page.locator('[data-testid="nearest-list"] > li').first().innerText()).resolves.toMatch(/m mod (nord|syd|øst|vest|nordøst|nordvest|sydøst|sydvest)\b/);
    expect(await axeViolations(page)).toEqual([]);
    expect(w.problems).toEqual([]);
    await app.close();
  });

  test('refused permission: the page says so and the offline place search works (en, axe clean)', async () => {
    const page = await app.relaunch({ permissions: [], locale: 'en-GB' });
    await app.context.clearPermissions();
    const w = app.watch;
    await open(page, `${app.url}/shelters?lang=en`);
    await page.getByRole('button', { name: 'Use my position' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'permission refused' }).innerText()).resolves.toContain('postal code');
    await page.getByLabel('Or search for a postal code, town or municipality').fill('8000');
    await page.getByRole('button', { name: /8000 Aarhus C/ }).click();
    const { ids, meters } = await listed(page);
    expect(ids).toHaveLength(10);
    expect(meters).toEqual([...meters].sort((a, b) => a - b));
    await page.getByLabel('Or search for a postal code, town or municipality').fill('1300');
    await page.getByRole('button', { name: /1000-1499 København K/ }).click();
    await expect(page.getByText('Showing shelters near: 1000-1499 København K').isVisible()).resolves.toBe(true);
    // The place (never a device position) is remembered for the next start.
    await page.reload();
    await page.getByText('Showing shelters near: 1000-1499 København K').waitFor();
    expect((await listed(page)).ids).toHaveLength(10);
    expect(await axeViolations(page)).toEqual([]);
    expect(w.problems).toEqual([]);
    await app.close();
  });

  test('with the server stopped, the map opens and draws the shelters and the town labels (no glyph server, no font request), and the list works', async () => {
    await app.stopServer();
    try {
      const page = await app.relaunch({ geolocation: AARHUS, permissions: ['geolocation'], args: WEBGL_ARGS });
      const w = app.watch;
      const asked: string[] = [];
      page.on('request', (r) => asked.push(r.url()));
      await open(page, `${app.url}/shelters?lang=da`);
      await page.getByRole('button', { name: 'Brug min position' }).click();
      await page.getByText('Viser beskyttelsesrum nær: din position').waitFor();
      const { ids } = await listed(page);
      expect(ids[0]).toBe(trueNearest()[0]);
      await page.getByRole('button', { name: 'Åbn kortet' }).click();
      const map = page.locator('.shelter-map[data-state="ready"]');
      await map.waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => Number(document.querySelector('.shelter-map')?.getAttribute('data-rendered-shelters') ?? 0) > 0, null, { timeout: 60_000 });
      const shot = await map.screenshot();
      const red = pixelStats(shot, [0xb0, 0x0d, 0x27]);
      expect(red.distinct).toBeGreaterThan(20);
      expect(red.matching).toBeGreaterThan(50);
      await expect(page.locator('.maplibregl-ctrl-attrib').innerText()).resolves.toContain('MELICA');
      // Town labels, offline and with no glyph server. Zoomed out from the position (zoom 13) to
      // zoom 9, where the towns around Aarhus are labelled: maplibre placed them (only placed
      // symbols are reported), and they are really drawn: dark grey text pixels (nothing else
      // on the map is dark grey) around placed labels clear of the controls and attribution.
      type Town = { name: string; x: number; y: number };
      const townsNow = async (): Promise<Town[]> => JSON.parse((await map.getAttribute('data-rendered-towns')) ?? '[]') as Town[];
      for (let i = 0; i < 4; i++) {
        await page.locator('.maplibregl-ctrl-zoom-out').click();
        await page.waitForTimeout(400);
      }
      await page.waitForFunction(() => JSON.parse(document.querySelector('.shelter-map')?.getAttribute('data-rendered-towns') ?? '[]').length >= 4, null, { timeout: 30_000 });
      await page.waitForTimeout(500);
      const towns = await townsNow();
      const labelShot = await map.screenshot();
      expect(await townsNow()).toEqual(towns); // the map did not move between the two
      const mapBox = (await map.boundingBox())!;
      const scale = labelShot.readUInt32BE(16) / mapBox.width; // the PNG's width (IHDR)
      const covers = await page.locator('.shelter-map .maplibregl-ctrl').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      const clear = towns.filter(
        (t) =>
          t.x > 40 && t.x < mapBox.width - 40 && t.y > 12 && t.y < mapBox.height - 12 &&
          covers.every((c) => t.x + 40 < c.left - mapBox.x || t.x - 40 > c.right - mapBox.x || t.y + 12 < c.top - mapBox.y || t.y - 12 > c.bottom - mapBox.y),
      );
      const drawn = clear.filter((t) => darkGreyPixels(labelShot, { x: Math.round((t.x - 35) * scale), y: Math.round((t.y - 9) * scale), w: Math.round(70 * scale), h: Math.round(18 * scale) }) >= 15);
      expect(clear.length).toBeGreaterThanOrEqual(3);
      // Danish letters too (e.g. Søften, Hørning): drawn from the device's fonts like the rest.
      expect(drawn.some((t) => /[æøå]/i.test(t.name))).toBe(true);
      // Shelter dots are drawn above the labels and may hide one: most, not all, must show.
      expect(drawn.length).toBeGreaterThanOrEqual(Math.max(3, Math.ceil(clear.length * 0.6)));
      // No glyph, font or tile request was made (the server is stopped: any would have failed).
      expect(asked.filter((u) => /glyph|font|\.pbf|\.woff2?|\.[ot]tf/i.test(u))).toEqual([]);
      // Tap a shelter for details: "show on map" centres the first one; tap the centre.
      await page.locator('[data-testid="nearest-list"] > li').first().getByRole('button', { name: 'Vis på kort' }).click();
      await page.waitForTimeout(500);
      const box = (await map.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.locator('.shelter-details h3').waitFor();
      // Tap an empty spot (the sea east of the harbour): the list now starts from that point.
      await page.getByRole('button', { name: 'Luk kortet' }).click();
      await page.getByLabel('Eller søg efter postnummer, by eller kommune').fill('8000');
      await page.getByRole('button', { name: /8000 Aarhus C/ }).click();
      await page.getByRole('button', { name: 'Åbn kortet' }).click();
      await page.locator('.shelter-map[data-state="ready"]').waitFor({ timeout: 60_000 });
      // Tap only once the new map has settled on the place (its first 'idle'): on a busy machine
      // a tap while it still moves lands somewhere else.
      await page.waitForFunction(() => document.querySelector('.shelter-map')?.hasAttribute('data-rendered-shelters'), null, { timeout: 60_000 });
      const box2 = (await page.locator('.shelter-map').boundingBox())!;
      await page.mouse.click(box2.x + box2.width - 25, box2.y + box2.height * 0.45);
      await page.getByText('Viser beskyttelsesrum nær: punktet, du trykkede på kortet').waitFor();
      expect((await listed(page)).ids).toHaveLength(10);
      expect(await axeViolations(page)).toEqual([]);
      // The graphics context is lost (a GPU reset, a backgrounded tab): the page says why, the list stays.
      await page.evaluate(() => {
        const canvas = document.querySelector('.shelter-map canvas') as HTMLCanvasElement;
        const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
        gl.getExtension('WEBGL_lose_context')!.loseContext();
      });
      await page.getByRole('alert').filter({ hasText: 'grafikkonteksten gik tabt' }).waitFor();
      expect((await listed(page)).ids).toHaveLength(10);
      expect(w.problems).toEqual([]);
      await app.close();
    } finally {
      await app.restartServer();
    }
  });

  test('with WebGL disabled the list still works and the map says why', async () => {
    const page = await app.relaunch({ geolocation: AARHUS, permissions: ['geolocation'], args: ['--disable-webgl', '--disable-3d-apis'] });
    const w = app.watch;
    await open(page, `${app.url}/shelters?lang=en`);
    await page.getByRole('button', { name: 'Use my position' }).click();
    await page.getByText('Showing shelters near: your position').waitFor();
    const { ids } = await listed(page);
    expect(ids[0]).toBe(trueNearest()[0]);
    await page.getByRole('button', { name: 'Open the map' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'WebGL' }).isVisible()).resolves.toBe(true);
    expect(await page.locator('[data-testid="nearest-list"] > li').count()).toBe(10);
    expect(w.problems).toEqual([]);
    await app.close();
  });
});
