/**
 * Which article a reader sees: the article in their language, or the Danish one with
 * `fallback: true` (the UI then shows a visible notice). Never nothing when Danish exists.
 */
import type { GuidanceArticle, Lang } from './types';

export interface ShownArticle {
  article: GuidanceArticle;
  /** True when the reader's language is missing and the Danish text is shown instead. */
  fallback: boolean;
}

export function pickArticle(candidates: readonly GuidanceArticle[], id: string, lang: Lang): ShownArticle | undefined {
  const own = candidates.find((a) => a.id === id && a.lang === lang);
  if (own) return { article: own, fallback: false };
  const da = candidates.find((a) => a.id === id && a.lang === 'da');
  return da ? { article: da, fallback: lang !== 'da' } : undefined;
}

/** One article per topic for a language (with Danish fallbacks), sorted by urgency then title. */
export function articlesFor(all: readonly GuidanceArticle[], lang: Lang): ShownArticle[] {
  const ids = [...new Set(all.map((a) => a.id))];
  const shown = ids.map((id) => pickArticle(all, id, lang)).filter((x): x is ShownArticle => x !== undefined);
  const rank = { urgent: 0, important: 1, prepare: 2 } as const;
  return shown.sort(
    (a, b) =>
      rank[a.article.urgency] - rank[b.article.urgency] || a.article.title.localeCompare(b.article.title, lang),
  );
}

/** The urgent cards for "What do I do now?", in the fixed order of URGENT_TOPICS. */
export function urgentCards(all: readonly GuidanceArticle[], lang: Lang, order: readonly string[]): ShownArticle[] {
  return order.map((id) => pickArticle(all, id, lang)).filter((x): x is ShownArticle => x !== undefined);
}
