import { describe, expect, it } from 'vitest';
import { FIXTURES, fixture } from '../test-fixtures/articles';
import { articlesFor } from './fallback';
import { fold, phoneNumbers, tokenize } from './fold';
import { createGuidanceSearch } from './search';
import type { Lang } from './types';

const searchFor = (lang: Lang) => createGuidanceSearch(articlesFor(FIXTURES, lang).map((s) => s.article), lang);
const ids = (lang: Lang, q: string) => searchFor(lang).search(q).map((h) => h.id);

describe('fold', () => {
  it('folds Danish letters and Latin accents', () => {
    expect(fold('Strømsvigt')).toBe('stromsvigt');
    expect(fold('Æbleskiver på Ærø')).toBe('aebleskiver pa aero');
    expect(fold('Café Über')).toBe('cafe uber');
  });
  it('keeps Ukrainian letters as they are (only lower-cased)', () => {
    expect(fold('Їжа Й Євген')).toBe('їжа й євген');
    expect(fold('й').normalize('NFC')).toBe('й');
  });
  it('keeps words with apostrophes whole, whatever the apostrophe', () => {
    expect(tokenize("об'єкт обʼєкт об’єкт")).toEqual(['обєкт', 'обєкт', 'обєкт']);
  });
  it('joins spaced phone numbers', () => {
    expect(phoneNumbers('Ring 82 12 12 12 eller 33 37 00 37, eller 112.')).toBe('82121212 33370037');
  });
});

describe('guidance search', () => {
  it('finds "strømsvigt" typed without ø, and with typos', () => {
    expect(ids('da', 'stromsvigt')[0]).toBe('power-cut');
    expect(ids('da', 'strømsvigt')[0]).toBe('power-cut');
    expect(ids('da', 'strömsvigt')[0]).toBe('power-cut');
    expect(ids('da', 'stromsvight')[0]).toBe('power-cut');
    expect(ids('da', 'strmsvigt')[0]).toBe('power-cut');
  });
  it('matches the word being typed as a prefix', () => {
    expect(ids('da', 'storm')).toContain('storm-surge');
    expect(ids('da', 'sirene')[0]).toBe('sirens');
    expect(ids('en', 'free')[0]).toBe('power-cut');
  });
  it('searches bodies, not only titles', () => {
    expect(ids('da', 'stormradet')).toEqual(['storm-surge']);
    expect(ids('da', 'tekst-tv 150')[0]).toBe('sirens');
  });
  it('finds phone numbers written with or without spaces', () => {
    expect(ids('da', '82 12 12 12')[0]).toBe('emergency-numbers');
    expect(ids('da', '82121212')[0]).toBe('emergency-numbers');
    expect(ids('da', '1813')).toEqual(['emergency-numbers']);
  });
  it('searches English with typos', () => {
    expect(ids('en', 'powr cut')[0]).toBe('power-cut');
    expect(ids('en', 'freezer')[0]).toBe('power-cut');
  });
  it('searches Ukrainian as it is, with a typo, and any apostrophe', () => {
    expect(ids('uk', 'морозильник')[0]).toBe('power-cut');
    expect(ids('uk', 'морозилник')[0]).toBe('power-cut');
    expect(ids('uk', 'обʼєкти')[0]).toBe('power-cut');
  });
  it('keeps languages apart, with Danish fallbacks in the other indexes', () => {
    expect(ids('en', 'strømsvigt')).toEqual([]);
    expect(ids('da', 'freezer')).toEqual([]);
    // storm-surge has no English article: the English reader finds the Danish one.
    expect(ids('en', 'stormflod')).toEqual(['storm-surge']);
  });
  it('finds an article by words it does not use, from its category (nødnumre, blackout)', () => {
    expect(ids('da', 'nødnumre')[0]).toBe('emergency-numbers');
    expect(ids('da', 'nodnummer')[0]).toBe('emergency-numbers');
    expect(ids('en', 'blackout')[0]).toBe('power-cut');
    expect(ids('uk', 'світло')[0]).toBe('power-cut');
    // storm-surge has no Ukrainian text: the Danish fallback is found with Ukrainian words.
    expect(ids('uk', 'шторм')).toEqual(['storm-surge']);
  });
  it('falls back to any-word matching when no article has every word', () => {
    expect(ids('da', 'strømsvigt zebra')[0]).toBe('power-cut');
  });
  it('returns nothing for empty or punctuation-only queries', () => {
    expect(ids('da', '')).toEqual([]);
    expect(ids('da', '  ?! ')).toEqual([]);
  });
  it('ranks a title match above a body match', () => {
    const s = createGuidanceSearch([
      fixture('a', 'da', { title: 'Vand', during: ['Noget andet.'] }),
      fixture('b', 'da', { title: 'Andet', during: ['Drik vand.'] }),
    ]);
    expect(s.search('vand').map((h) => h.id)).toEqual(['a', 'b']);
  });
});
