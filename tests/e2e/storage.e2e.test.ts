/**
 * Storage trouble never blanks the app: with no IndexedDB at all (as in some private modes) every
 * section still opens and the user is told, in their language, that what they enter is not kept.
 */
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { launch, newProfile, open, removeProfile, serveDist, watch, type Served } from './harness';

const PATHS = ['/', '/supplies', '/shelters', '/guidance', '/guidance/now', '/drills', '/plan', '/about'];

let server: Served;
beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await server?.stop();
});

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
      const w = watch(page, server.url);
      await open(page, `${server.url}/?lang=${lang}`);
      for (const p of PATHS) {
        await open(page, `${server.url}${p}`);
        await expect(page.getByRole('alert').filter({ hasText: message }).count(), p).resolves.toBe(1);
      }
      expect(w.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    });
  }
});
