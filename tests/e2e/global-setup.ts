import { existsSync } from 'node:fs';

export default function setup(): void {
  if (!existsSync('dist/index.html') || !existsSync('dist/sw.js')) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does).');
  }
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    throw new Error('Debian chromium is missing: apt-get install -y chromium (.ci/run does).');
  }
}
