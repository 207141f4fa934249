#!/usr/bin/env node
/**
 * `npm test`: every check, in order, with one closing line "N passed, N failed".
 *   1. typecheck (app + node sides)        counts as 1 test
 *   2. unit tests (vitest, jsdom)           counted per test
 *   3. build packs + app (vite build)       counts as 1 test; browser tests need it
 *   4. browser tests (vitest + chromium)    counted per test
 * Exits non-zero if anything failed. Vitest's own summary is printed but not what CI reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

let passed = 0;
let failed = 0;
const failures = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status === 0;
}

function step(label, cmd, args) {
  const ok = run(label, cmd, args);
  if (ok) passed++;
  else {
    failed++;
    failures.push(label);
  }
  return ok;
}

function vitest(label, config, report) {
  rmSync(report, { force: true });
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  if (config) args.push('--config', config);
  const ok = run(label, 'npx', args);
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    if (json.numFailedTests > 0) failures.push(`${label}: ${json.numFailedTests} failed`);
    // A file that failed to load has no tests but must still fail the run.
    const broken = json.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0);
    if (broken.length) {
      failed += broken.length;
      failures.push(...broken.map((r) => `${label}: ${r.name} did not run: ${r.message}`));
    }
    if (!ok && json.numFailedTests === 0 && broken.length === 0) {
      failed++;
      failures.push(`${label}: vitest exited non-zero`);
    }
  } catch {
    failed++;
    failures.push(`${label}: no report (vitest crashed)`);
  }
}

mkdirSync('.tmp', { recursive: true });
step('typecheck', 'npm', ['run', '--silent', 'typecheck']);
vitest('unit tests', null, '.tmp/unit-report.json');
if (step('build', 'npm', ['run', '--silent', 'build'])) {
  vitest('browser tests', 'vitest.e2e.config.ts', '.tmp/e2e-report.json');
} else {
  failures.push('browser tests skipped: the build failed');
}

console.log('');
if (failures.length) console.log(`Failures:\n  ${failures.join('\n  ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
