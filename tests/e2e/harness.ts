/**
 * Browser-test harness: the built app on a real static server, Debian's chromium through
 * playwright-core (never a downloaded browser), axe-core, and a watch for console errors,
 * CSP violations and requests that leave the origin.
 *
 * Offline is proven by stopping the server and relaunching the browser on the same profile
 * (Playwright's setOffline does not stop the service worker's own fetches).
 *
 * Most files start with `const app = useServedApp()` (server, profile, browser, page, watch, and
 * their clean-up) and go offline with `await app.relaunchOffline()`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createServer } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A free TCP port on loopback, so parallel test runs never collide. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface Served {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Serves a build directory with production headers (scripts/serve.mjs). */
export async function serveDist(opts: { dir?: string; port?: number } = {}): Promise<Served> {
  const port = opts.port ?? (await freePort());
  const dir = path.resolve(opts.dir ?? 'dist');
  const server: Server = await createServer({ dir, port });
  return {
    url: `http://localhost:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fresh, empty browser profile directory (removed by `removeProfile`). */
export async function newProfile(): Promise<string> {
  return mkdtemp(path.join(process.env.TMPDIR ?? '/tmp', 'beredt-profile-'));
}

export async function removeProfile(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export interface LaunchOptions {
  args?: string[];
  locale?: string;
  geolocation?: { latitude: number; longitude: number };
  permissions?: string[];
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
}

/** Launches Debian's chromium on a persistent profile (service worker and IndexedDB survive). */
export async function launch(profile: string, opts: LaunchOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...LAUNCH_ARGS, ...(opts.args ?? [])],
    locale: opts.locale ?? 'da-DK',
    geolocation: opts.geolocation,
    permissions: opts.permissions,
    viewport: opts.viewport ?? { width: 412, height: 915 },
    acceptDownloads: opts.acceptDownloads ?? true,
    serviceWorkers: 'allow',
  });
}

export interface Watch {
  /** Console errors, uncaught page errors, CSP violations, requests to other origins. */
  problems: string[];
}

/** Records everything that must not happen on a page. Assert `watch.problems` is empty. */
export function watch(page: Page, origin: string): Watch {
  const w: Watch = { problems: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') w.problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => w.problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      w.problems.push(`third-party request: ${url}`);
    }
  });
  return w;
}

/** Waits until a service worker controls the page (a first visit is not controlled: reload). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  }
}

/** Waits until the content packs are in IndexedDB (the About page lists them). */
export async function waitForPacks(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const req = indexedDB.open('beredt');
        req.onsuccess = () => {
          const idb = req.result;
          if (!idb.objectStoreNames.contains('packs')) {
            idb.close();
            resolve(false);
            return;
          }
          const count = idb.transaction('packs').objectStore('packs').count();
          count.onsuccess = () => {
            idb.close();
            resolve(count.result > 0);
          };
          count.onerror = () => resolve(false);
        };
        req.onerror = () => resolve(false);
      }),
  );
}

/** Runs axe-core (WCAG 2.0/2.1/2.2 A and AA) and returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
}

/** Opens a path and waits for the page heading (the shell rendered, the section loaded). */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('main h1').first().waitFor({ state: 'visible' });
}

export interface ServedApp {
  /** The app's origin, e.g. http://localhost:4321: one port for the whole file, across restarts. */
  readonly url: string;
  readonly profile: string;
  /** The browser on the profile, the page of its last launch and the watch on that page. */
  readonly context: BrowserContext;
  readonly page: Page;
  readonly watch: Watch;
  /** Closes the browser (if open), launches it again on the same profile: a new page and watch. */
  relaunch(opts?: LaunchOptions): Promise<Page>;
  /** The offline step: close the browser, stop the server, relaunch on the same profile. */
  relaunchOffline(opts?: LaunchOptions): Promise<Page>;
  close(): Promise<void>;
  stopServer(): Promise<void>;
  /** Serves the build again on the same port (the same origin, so the same service worker and data). */
  restartServer(): Promise<void>;
}

/**
 * The set-up most browser-test files share: beforeAll serves dist/, makes a profile and launches
 * the browser with `opts` (the default for every relaunch); afterAll closes, stops and removes it
 * all. `browser: false` launches nothing until the first `relaunch`.
 */
export function useServedApp(opts: LaunchOptions & { browser?: boolean } = {}): ServedApp {
  const { browser = true, ...launchOpts } = opts;
  let served: Served | undefined;
  let url = '';
  let port = 0;
  let profile = '';
  let launched: { context: BrowserContext; page: Page; watch: Watch } | undefined;
  const current = () => {
    if (!launched) throw new Error('useServedApp: no browser is open');
    return launched;
  };
  const app: ServedApp = {
    get url() { return url; },
    get profile() { return profile; },
    get context() { return current().context; },
    get page() { return current().page; },
    get watch() { return current().watch; },
    async close() {
      const was = launched;
      launched = undefined;
      await was?.context.close();
    },
    async relaunch(o = launchOpts) {
      await app.close();
      const context = await launch(profile, o);
      const page = context.pages()[0] ?? (await context.newPage());
      launched = { context, page, watch: watch(page, url) };
      return page;
    },
    async relaunchOffline(o) {
      await app.close();
      await app.stopServer();
      return app.relaunch(o);
    },
    async stopServer() {
      const was = served;
      served = undefined;
      await was?.stop();
    },
    async restartServer() {
      await app.stopServer();
      served = await serveDist({ port });
    },
  };
  beforeAll(async () => {
    served = await serveDist();
    ({ url, port } = served);
    profile = await newProfile();
    if (browser) await app.relaunch();
  });
  afterAll(async () => {
    await app.close().catch(() => {});
    await app.stopServer().catch(() => {});
    if (profile) await removeProfile(profile);
  });
  return app;
}
