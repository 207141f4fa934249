/**
 * The real articles in content/guidance: each file is valid, every urgent card exists in
 * every language, and the search finds what a reader would type, in each language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesFor } from '../../src/features/guidance/domain/fallback';
import { createGuidanceSearch } from '../../src/features/guidance/domain/search';
import { LANGS, URGENT_TOPICS, type GuidanceArticle, type Lang } from '../../src/features/guidance/domain/types';
import { build, parseArticle } from './guidance';

const dir = path.resolve(import.meta.dirname, '../../content/guidance');
const articles: GuidanceArticle[] = LANGS.flatMap((lang) =>
  readdirSync(path.join(dir, lang))
    .filter((f) => f.endsWith('.md'))
    .map((f) => parseArticle(`content/guidance/${lang}/${f}`, lang, readFileSync(path.join(dir, lang, f), 'utf8'))),
);
const search = (lang: Lang, q: string) =>
  createGuidanceSearch(articlesFor(articles, lang).map((s) => s.article), lang)
    .search(q)
    .map((h) => h.id);

describe('content/guidance', () => {
  it('builds into the guidance pack with every corpus rule satisfied', async () => {
    const out = await build({ root: path.resolve(dir, '../..'), dataDir: '' });
    expect(out.id).toBe('guidance');
    expect(out.target).toBe('guidance');
    expect(out.records.length).toBe(articles.length);
    expect(out.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(out.sources.length).toBeGreaterThan(0);
  });

  it('has every urgent card in every language, marked urgent', () => {
    for (const lang of LANGS) {
      for (const id of URGENT_TOPICS) {
        const a = articles.find((x) => x.id === id && x.lang === lang);
        expect(a, `${lang}/${id}.md`).toBeDefined();
        expect(a!.urgency).toBe('urgent');
        expect(a!.action.length).toBeLessThanOrEqual(120);
      }
    }
  });

  it('has every topic in Ukrainian too, not only the urgent cards', () => {
    const ids = (lang: Lang) => new Set(articles.filter((a) => a.lang === lang).map((a) => a.id));
    expect([...ids('uk')].sort()).toEqual([...ids('da')].sort());
  });

  it('cites a public authority for every fact (the build rule holds for the real content)', () => {
    for (const a of articles) {
      for (const s of a.sections) {
        for (const b of s.blocks) {
          for (const item of b.type === 'list' ? b.items : [b.content]) {
            const refs = item.flatMap((n) => (n.type === 'source' ? n.refs : []));
            expect(refs.some((r) => a.sources[r - 1]!.kind === 'authority'), `${a.lang}/${a.id}`).toBe(true);
          }
        }
      }
    }
  });

  it('has every topic in Danish and English', () => {
    const ids = (lang: Lang) => new Set(articles.filter((a) => a.lang === lang).map((a) => a.id));
    expect([...ids('en')].sort()).toEqual([...ids('da')].sort());
  });

  it.each([
    ['da', 'stromsvigt', 'power-cut'],
    ['da', 'strømsvigt', 'power-cut'],
    ['da', 'sirenerne', 'sirens'],
    ['da', 'siréner', 'sirens'],
    ['da', 'giftlinjen', 'emergency-numbers'],
    ['da', 'nodnumre', 'emergency-numbers'],
    ['da', 'hjertestarter', 'first-aid'],
    ['da', 'jodtabletter', 'shelter-in-place'],
    ['en', 'blackout', 'power-cut'],
    ['en', 'emergency numbers', 'emergency-numbers'],
    ['uk', 'світло', 'power-cut'],
    ['uk', 'йод', 'shelter-in-place'],
    ['uk', 'вода', 'water-supply'],
    ['en', 'power cut', 'power-cut'],
    ['en', 'sirens', 'sirens'],
    ['en', 'ventilaton', 'shelter-in-place'],
    ['uk', 'сирени', 'sirens'],
    ['uk', 'шторм', 'storm-surge'],
    ['uk', 'кібератака', 'cyber-attack'],
    ['uk', 'перша допомога', 'first-aid'],
    ['uk', 'спека', 'cold-and-heat'],
    ['da', 'stormflod', 'storm-surge'],
    ['da', 'kontanter', 'cyber-attack'],
    ['en', 'heatwave', 'cold-and-heat'],
    ['en', 'cash', 'cyber-attack'],
  ] as const)('search (%s) "%s" finds %s', (lang, query, id) => {
    expect(search(lang, query).slice(0, 3)).toContain(id);
  });
});
