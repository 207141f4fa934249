import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../test-fixtures/articles';
import { articlesFor, pickArticle, urgentCards } from './fallback';
import { orderedSections } from './plain-text';
import { URGENT_TOPICS } from './types';

describe('language fallback', () => {
  it('shows the reader’s language when it exists', () => {
    expect(pickArticle(FIXTURES, 'power-cut', 'uk')).toMatchObject({ fallback: false, article: { lang: 'uk' } });
  });
  it('falls back to Danish, flagged, when a translation is missing', () => {
    expect(pickArticle(FIXTURES, 'storm-surge', 'en')).toMatchObject({ fallback: true, article: { lang: 'da' } });
    expect(pickArticle(FIXTURES, 'storm-surge', 'uk')).toMatchObject({ fallback: true, article: { lang: 'da' } });
    expect(pickArticle(FIXTURES, 'storm-surge', 'da')).toMatchObject({ fallback: false });
  });
  it('gives nothing for an unknown id (the page shows "not found")', () => {
    expect(pickArticle(FIXTURES, 'nope', 'en')).toBeUndefined();
  });
  it('lists one article per topic, urgent first', () => {
    const list = articlesFor(FIXTURES, 'en');
    expect(list.map((s) => s.article.id)).toEqual(['sirens', 'power-cut', 'emergency-numbers', 'storm-surge']);
    expect(new Set(list.map((s) => s.article.id)).size).toBe(4);
    expect(list.at(-1)!.article.id).toBe('storm-surge');
    expect(list.filter((s) => s.fallback).map((s) => s.article.id).sort()).toEqual(['emergency-numbers', 'sirens', 'storm-surge']);
  });
  it('orders urgent cards as URGENT_TOPICS, skipping absent ones', () => {
    expect(urgentCards(FIXTURES, 'da', URGENT_TOPICS).map((s) => s.article.id)).toEqual(['sirens', 'power-cut', 'emergency-numbers']);
  });
  it('puts "during" first for urgent topics only', () => {
    const sections = [
      { kind: 'before' as const, blocks: [] },
      { kind: 'after' as const, blocks: [] },
      { kind: 'during' as const, blocks: [] },
    ];
    expect(orderedSections(sections, 'urgent').map((s) => s.kind)).toEqual(['during', 'before', 'after']);
    expect(orderedSections(sections, 'prepare').map((s) => s.kind)).toEqual(['before', 'during', 'after']);
  });
});
