/**
 * Guidance search benchmark: query time over the whole corpus (content/guidance), per
 * language, with the same index the app builds. Budget: p95 ≤ 5 ms per query.
 *
 *   npx tsx scripts/bench-guidance.ts        (exit code 1 if over budget)
 *
 * `npm run bench` (scripts/bench.ts, wired by the integrator) can import `runGuidanceBench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articlesFor } from '../src/features/guidance/domain/fallback';
import { createGuidanceSearch } from '../src/features/guidance/domain/search';
import { LANGS, type GuidanceArticle, type Lang } from '../src/features/guidance/domain/types';
import { parseArticle } from './packs/guidance';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const P95_BUDGET_MS = 5;

/** What people type: whole words, prefixes, missing diacritics, typos, numbers. */
const QUERIES: Record<Lang, string[]> = {
  da: ['stromsvigt', 'strømsvigt', 'sirener', 'sir', 'hvad gør jeg', 'telefonnet nede', '112', '82 12 12 12', 'jodtabletter', 'stormflod', 'vand', 'kontanter', 'forstehjaelp', 'hjertestarter', 'ventilation', 'fryser', 'kulde', 'sandsække', 'cyberangreb', 'tekst-tv'],
  en: ['power cut', 'powr cut', 'sirens', 'sir', 'what do i do', 'phone network down', '112', 'iodine', 'storm surge', 'water', 'cash', 'first aid', 'cpr', 'defibrilator', 'ventilation', 'freezer', 'cold', 'sandbags', 'cyber attack', 'teletext'],
  uk: ['сирени', 'сир', 'світло', 'електроенергії', 'телефон', '112', 'вентиляцію', 'йод', 'морозильник', 'укриття'],
};

export interface BenchLine {
  name: string;
  lang: Lang;
  documents: number;
  queries: number;
  indexMs: number;
  p50: number;
  p95: number;
  max: number;
  ok: boolean;
}

function loadCorpus(): GuidanceArticle[] {
  const dir = path.join(root, 'content', 'guidance');
  return LANGS.flatMap((lang) =>
    readdirSync(path.join(dir, lang))
      .filter((f) => f.endsWith('.md'))
      .map((f) => parseArticle(`content/guidance/${lang}/${f}`, lang, readFileSync(path.join(dir, lang, f), 'utf8'))),
  );
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

export function runGuidanceBench(rounds = 200): BenchLine[] {
  const corpus = loadCorpus();
  return LANGS.map((lang) => {
    const docs = articlesFor(corpus, lang).map((s) => s.article);
    const t0 = performance.now();
    const index = createGuidanceSearch(docs, lang);
    const indexMs = performance.now() - t0;
    for (const q of QUERIES[lang]) index.search(q); // warm-up
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const q of QUERIES[lang]) {
        const s = performance.now();
        index.search(q);
        times.push(performance.now() - s);
      }
    }
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 0.95);
    return {
      name: 'guidance search',
      lang,
      documents: docs.length,
      queries: times.length,
      indexMs,
      p50: percentile(times, 0.5),
      p95,
      max: times[times.length - 1]!,
      ok: p95 <= P95_BUDGET_MS,
    };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const lines = runGuidanceBench();
  for (const l of lines) {
    console.log(
      `${l.name} [${l.lang}] ${l.documents} articles, ${l.queries} queries: p50 ${l.p50.toFixed(3)} ms, p95 ${l.p95.toFixed(3)} ms, max ${l.max.toFixed(2)} ms (index built in ${l.indexMs.toFixed(1)} ms) — ${l.ok ? 'OK' : 'OVER'} budget p95 ≤ ${P95_BUDGET_MS} ms`,
    );
  }
  if (lines.some((l) => !l.ok)) process.exit(1);
}
