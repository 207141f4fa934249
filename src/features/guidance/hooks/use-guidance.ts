/**
 * React hooks over the guidance repository. `undefined` means "still loading";
 * `null` means "no such article".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getArticle, listArticles, listUrgentCards } from '../db/guidance-repo';
import type { ShownArticle } from '../domain/fallback';
import { createGuidanceSearch, type GuidanceSearch } from '../domain/search';
import type { Lang } from '../domain/types';

export function useGuidanceArticles(lang: Lang): ShownArticle[] | undefined {
  return useLiveQuery(() => listArticles(lang), [lang]);
}

export function useGuidanceArticle(id: string, lang: Lang): ShownArticle | null | undefined {
  return useLiveQuery(() => getArticle(id, lang), [id, lang]);
}

export function useUrgentCards(lang: Lang): ShownArticle[] | undefined {
  return useLiveQuery(() => listUrgentCards(lang), [lang]);
}

/** A search index over what a reader of `lang` sees; rebuilt only when the articles change. */
export function useGuidanceSearch(articles: ShownArticle[] | undefined, lang: Lang): GuidanceSearch | undefined {
  return useMemo(() => (articles ? createGuidanceSearch(articles.map((s) => s.article), lang) : undefined), [articles, lang]);
}
