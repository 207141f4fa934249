/**
 * `npm run bench`: every benchmark, one after another (not a test: figures vary with the machine).
 * Each `scripts/bench-<feature>.ts` prints its own table and exits non-zero when over budget.
 * Some need the built app (`npm run build` first).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => /^bench-[a-z]+\.ts$/.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file}`);
  const res = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, file)], { stdio: 'inherit' });
  if (res.status !== 0) {
    failed++;
    console.log(`${file}: over budget or failed (exit ${res.status})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
