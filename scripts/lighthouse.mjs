#!/usr/bin/env node
/**
 * `npm run lighthouse`: Lighthouse (mobile) on the start page of the production build, served
 * gzip-compressed by scripts/serve.mjs, in Debian's chromium. Prints the category scores and key
 * metrics; the figures go into docs/performance.md. Not a test: scores vary run to run.
 *
 *   npm run build && npm run lighthouse [-- --runs 3]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from './serve.mjs';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 1;
const port = 4800 + Math.floor(Math.random() * 100);
const server = await createServer({ dir: 'dist', port });
mkdirSync('.tmp', { recursive: true });
const flags = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

/** One Lighthouse run into `out`; resolves its exit status. */
function runLighthouse(out) {
  // Not spawnSync: the server runs in this process and must keep answering.
  return new Promise((resolve) => {
    const child = spawn(
    'npx',
    ['lighthouse', `http://localhost:${port}/`, '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${flags}`, '--only-categories=performance,accessibility,best-practices'],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } },
    );
    child.on('exit', resolve);
  });
}

const results = [];
for (let i = 0; i < runs; i++) {
  const out = `.tmp/lighthouse-${i}.json`;
  // Lighthouse 12.8 now and then fails a run with NO_NAVSTART on a fresh profile: try again.
  let status = 1;
  for (let attempt = 0; attempt < 3 && status !== 0; attempt++) status = await runLighthouse(out);
  if (status !== 0) {
    server.close();
    console.error('lighthouse failed');
    process.exit(1);
  }
  const lhr = JSON.parse(readFileSync(out, 'utf8'));
  const a = lhr.audits;
  results.push({
    performance: lhr.categories.performance.score,
    accessibility: lhr.categories.accessibility.score,
    bestPractices: lhr.categories['best-practices'].score,
    fcp: a['first-contentful-paint'].numericValue,
    lcp: a['largest-contentful-paint'].numericValue,
    tbt: a['total-blocking-time'].numericValue,
    cls: a['cumulative-layout-shift'].numericValue,
  });
}
server.close();
const median = (k) => results.map((r) => r[k]).sort((x, y) => x - y)[Math.floor(results.length / 2)];
console.log(`Lighthouse ${JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version}, mobile, start page, ${runs} run(s), median:`);
console.log(`  performance ${median('performance')}  accessibility ${median('accessibility')}  best practices ${median('bestPractices')}`);
console.log(`  FCP ${(median('fcp') / 1000).toFixed(2)} s  LCP ${(median('lcp') / 1000).toFixed(2)} s  TBT ${Math.round(median('tbt'))} ms  CLS ${median('cls').toFixed(3)}`);
const perf = results.map((r) => r.performance);
console.log(`  performance over the runs: ${perf.join(', ')} (min ${Math.min(...perf)}, max ${Math.max(...perf)})`);
