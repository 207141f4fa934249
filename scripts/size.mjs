#!/usr/bin/env node
/**
 * `npm run size`: what the start page really loads. Serves dist/ (gzip, like a real host), opens
 * the start page in Debian's chromium and sums the JavaScript the PAGE fetched (not the service
 * worker's background precache), as transferred. Fails when over the budget or when the map
 * library is among it. Also lists the largest chunks of the build and the precache total.
 *
 * Budget (issue #2): start-page JavaScript ≤ 140 KB gzip.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from './serve.mjs';

const BUDGET_KB = 140;
const port = 4300 + Math.floor(Math.random() * 500);
const server = await createServer({ dir: 'dist', port });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
const scripts = [];
page.on('requestfinished', async (req) => {
  if (req.resourceType() !== 'script') return;
  const sizes = await req.sizes();
  scripts.push({ url: new URL(req.url()).pathname, transfer: sizes.responseBodySize + sizes.responseHeadersSize, body: sizes.responseBodySize });
});
await page.goto(`http://localhost:${port}/`);
await page.locator('main h1').waitFor();
await page.waitForLoadState('networkidle');
await browser.close();
server.close();

const kb = (n) => (n / 1024).toFixed(1);
const total = scripts.reduce((s, x) => s + x.body, 0);
scripts.sort((a, b) => b.body - a.body);
console.log('JavaScript loaded by the start page (gzip, as transferred):');
for (const s of scripts) console.log(`  ${kb(s.body).padStart(7)} KB  ${s.url}`);
console.log(`  ${kb(total).padStart(7)} KB  total (budget ${BUDGET_KB} KB)`);

const sw = readFileSync('dist/sw.js', 'utf8');
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].length;
console.log(`Precache: ${precached} files listed in dist/sw.js`);

const problems = [];
if (total / 1024 > BUDGET_KB) problems.push(`start-page JavaScript ${kb(total)} KB exceeds ${BUDGET_KB} KB`);
// Chunk names follow module names, so look inside the files for the map library.
const withMap = scripts.filter((s) => s.url.startsWith('/assets/') && readFileSync(`dist${s.url}`, 'utf8').includes('maplibre-gl'));
if (withMap.length) problems.push(`the map library is loaded by the start page (${withMap.map((s) => s.url).join(', ')})`);
if (problems.length) {
  console.error(`\nOver budget:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
