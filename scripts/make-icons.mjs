#!/usr/bin/env node
/**
 * Renders the app icons (PNG) from public/favicon.svg and public/icon-maskable.svg with Debian's
 * chromium. The PNGs are committed; run this again only when the SVGs change.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const targets = [
  ['public/favicon.svg', 'public/icons/icon-192.png', 192],
  ['public/favicon.svg', 'public/icons/icon-512.png', 512],
  ['public/icon-maskable.svg', 'public/icons/icon-maskable-512.png', 512],
  ['public/icon-maskable.svg', 'public/icons/apple-touch-icon-180.png', 180],
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const [svg, png, size] of targets) {
  const data = (await readFile(svg)).toString('base64');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${data}">`);
  await writeFile(png, await page.screenshot({ omitBackground: true }));
}
await browser.close();
