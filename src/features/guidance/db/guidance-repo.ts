/**
 * Reads guidance articles from the `guidance` table (filled by the pack loader from the
 * guidance pack). Guidance has no user data, so this repository only reads.
 */
import { db } from '../../../lib/db/db';
import { articlesFor, pickArticle, urgentCards, type ShownArticle } from '../domain/fallback';
import { URGENT_TOPICS, type GuidanceArticle, type Lang } from '../domain/types';

export async function allArticles(): Promise<GuidanceArticle[]> {
  return (await db.guidance.toArray()) as GuidanceArticle[];
}

/** Every topic once, in `lang` or in Danish with `fallback: true`. */
export async function listArticles(lang: Lang): Promise<ShownArticle[]> {
  return articlesFor(await allArticles(), lang);
}

/** One topic in `lang`, or its Danish text flagged as a fallback; `null` if there is no such topic. */
export async function getArticle(id: string, lang: Lang): Promise<ShownArticle | null> {
  const rows = (await db.guidance.where('id').equals(id).toArray()) as GuidanceArticle[];
  return pickArticle(rows, id, lang) ?? null;
}

/** The urgent "What do I do now?" cards, in their fixed order. */
export async function listUrgentCards(lang: Lang): Promise<ShownArticle[]> {
  const rows = (await db.guidance.where('urgency').equals('urgent').toArray()) as GuidanceArticle[];
  return urgentCards(rows, lang, URGENT_TOPICS);
}
