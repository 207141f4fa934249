/**
 * Offline full-text search over guidance articles with MiniSearch: titles, summaries, the
 * key action and the body, folded (see ./fold.ts), with prefix matching for the word being
 * typed and typo tolerance. One index per language: the caller passes the articles a reader
 * of that language sees (including Danish fallbacks for missing translations).
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { bodyText } from './plain-text';
import { SEARCH_KEYWORDS } from './search-keywords';
import { fold, phoneNumbers, tokenize } from './fold';
import type { GuidanceArticle, Lang } from './types';

interface SearchDoc {
  key: string;
  title: string;
  summary: string;
  action: string;
  body: string;
  numbers: string;
  keywords: string;
}

export interface GuidanceHit {
  key: string;
  id: string;
  score: number;
  /** Folded query words that matched, e.g. for highlighting. */
  terms: string[];
}

export interface GuidanceSearch {
  search(query: string, limit?: number): GuidanceHit[];
  readonly size: number;
}

const FIELDS = ['title', 'summary', 'action', 'body', 'numbers', 'keywords'] as const;
const BOOST = { title: 3, action: 2, summary: 1.5, numbers: 2, keywords: 1.5 };

/** Typo tolerance: none for short words, one edit up to 7 letters, two beyond. */
function fuzzy(term: string): number | false {
  if (term.length < 4) return false;
  return term.length < 8 ? 1 : 2;
}

/** `readerLang`: the reader's language, whose vocabulary is added (also to Danish fallbacks). */
export function toSearchDoc(a: GuidanceArticle, readerLang: Lang = a.lang): SearchDoc {
  const body = bodyText(a);
  return {
    key: a.key,
    title: a.title,
    summary: a.summary,
    action: a.action,
    body,
    numbers: phoneNumbers(`${a.action}\n${body}`),
    keywords: `${SEARCH_KEYWORDS[readerLang][a.category]} ${readerLang === a.lang ? '' : SEARCH_KEYWORDS[a.lang][a.category]}`.trim(),
  };
}

export function createGuidanceSearch(articles: readonly GuidanceArticle[], readerLang?: Lang): GuidanceSearch {
  const ids = new Map(articles.map((a) => [a.key, a.id]));
  const index = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: [...FIELDS],
    tokenize,
    processTerm: (term) => fold(term) || null,
  });
  index.addAll(articles.map((a) => toSearchDoc(a, readerLang ?? a.lang)));

  const run = (query: string, combineWith: 'AND' | 'OR'): SearchResult[] =>
    index.search(query, {
      boost: BOOST,
      combineWith,
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => fuzzy(term),
      // Prefix and typo matches count, but less than the exact word.
      weights: { prefix: 0.5, fuzzy: 0.4 },
    });

  return {
    size: articles.length,
    search(query: string, limit = 20): GuidanceHit[] {
      if (!tokenize(query).some((t) => fold(t).length > 0)) return [];
      let results = run(query, 'AND');
      if (results.length === 0) results = run(query, 'OR');
      return results.slice(0, limit).map((r) => ({
        key: String(r.id),
        id: ids.get(String(r.id)) ?? String(r.id),
        score: r.score,
        terms: r.terms,
      }));
    },
  };
}
