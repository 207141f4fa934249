import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/db';
import { FIXTURES } from '../test-fixtures/articles';
import { getArticle, listArticles, listUrgentCards } from './guidance-repo';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.guidance.bulkPut(FIXTURES.map((a) => ({ ...a, sourceId: 'guidance' })));
});

describe('guidance repository', () => {
  it('reads an article in the reader’s language', async () => {
    const shown = await getArticle('power-cut', 'en');
    expect(shown?.fallback).toBe(false);
    expect(shown?.article.title).toBe('Power cut');
  });
  it('falls back to the Danish text, flagged, never nothing', async () => {
    const shown = await getArticle('storm-surge', 'uk');
    expect(shown?.fallback).toBe(true);
    expect(shown?.article.title).toBe('Stormflod');
  });
  it('returns null for an unknown topic', async () => {
    expect(await getArticle('nope', 'da')).toBeNull();
  });
  it('lists every topic once per language', async () => {
    for (const lang of ['da', 'en', 'uk'] as const) {
      const list = await listArticles(lang);
      expect(list.map((s) => s.article.id).sort()).toEqual(['emergency-numbers', 'power-cut', 'sirens', 'storm-surge']);
    }
  });
  it('lists the urgent cards in their fixed order', async () => {
    const cards = await listUrgentCards('uk');
    expect(cards.map((s) => [s.article.id, s.article.lang])).toEqual([
      ['sirens', 'da'],
      ['power-cut', 'uk'],
      ['emergency-numbers', 'da'],
    ]);
  });
  it('returns an empty list before the pack is loaded', async () => {
    await db.guidance.clear();
    expect(await listArticles('da')).toEqual([]);
  });
});
