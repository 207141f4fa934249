/**
 * The update flow: version A is served and used, then version B is deployed. The app shows
 * "New version — reload" without reloading by itself; the user's reload shows B, and the data
 * saved under A is intact.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { launch, newProfile, open, removeProfile, serveDist, waitForServiceWorker, watch, type Served } from './harness';

const B_DIR = '.tmp/dist-b';
const B_ID = 'e2e-version-b';

let profile: string;
let servedA: Served | undefined;
let servedB: Served | undefined;

beforeAll(() => {
  // Version B: the same sources built with another build id (a new sw.js and new hashes).
  const res = spawnSync('npx', ['vite', 'build', '--outDir', B_DIR, '--emptyOutDir', '--logLevel', 'warn'], {
    env: { ...process.env, BEREDT_BUILD_ID: B_ID },
    stdio: 'inherit',
  });
  if (res.status !== 0) throw new Error('building version B failed');
});
afterAll(async () => {
  await servedA?.stop();
  await servedB?.stop();
  if (profile) await removeProfile(profile);
});

describe('update (prompt mode)', () => {
  test('A → B: the notice appears, nothing reloads by itself, reload shows B with the data intact', async () => {
    profile = await newProfile();
    servedA = await serveDist();
    const port = servedA.port;
    const context = await launch(profile);
    onTestFinished(() => context.close());
    const page = await context.newPage();
    const w = watch(page, servedA.url);
    await open(page, `${servedA.url}/about`);
    await waitForServiceWorker(page);
    const versionA = await page.getByTestId('app-version').innerText();
    expect(versionA).not.toContain(B_ID);
    // Data saved under version A.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('beredt');
          req.onsuccess = () => {
            const tx = req.result.transaction('settings', 'readwrite');
            tx.objectStore('settings').put({ key: 'e2e-marker', value: 'saved under A' });
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );

    await servedA.stop();
    servedA = undefined;
    servedB = await serveDist({ dir: B_DIR, port });

    // A page that is in use: mark it, so a reload by the app itself would be detected.
    await page.evaluate(() => ((window as unknown as { inUse: boolean }).inUse = true));
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg?.update();
    });
    const notice = page.getByTestId('update-notice');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.innerText()).toContain('Ny version af Beredt er klar');
    expect(await page.evaluate(() => (window as unknown as { inUse?: boolean }).inUse)).toBe(true);

    await notice.getByRole('button', { name: 'Genindlæs' }).click();
    await page.waitForFunction(() => !(window as unknown as { inUse?: boolean }).inUse);
    await page.getByTestId('app-version').waitFor();
    expect(await page.getByTestId('app-version').innerText()).toContain(B_ID);
    const marker = await page.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const req = indexedDB.open('beredt');
          req.onsuccess = () => {
            const get = req.result.transaction('settings').objectStore('settings').get('e2e-marker');
            get.onsuccess = () => resolve(get.result?.value);
          };
        }),
    );
    expect(marker).toBe('saved under A');
    expect(w.problems).toEqual([]);
  });
});
