/**
 * Folding for search: the same function runs on the index and on the query, so a user who
 * types without Danish letters or accents still finds the article ("stromsvigt" → strømsvigt).
 * Ukrainian is kept as it is (only lower-cased): й, ї, є are letters, not accents.
 */

const DANISH: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a' };

/** Apostrophes are dropped so that "об'єкт", "обʼєкт" and "об’єкт" are one word. */
const APOSTROPHES = /['’ʼ‘`´]/g;

/** Lower-cases and folds Danish letters and Latin accents (é → e, ü → u). */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøå]/g, (c) => DANISH[c]!)
    .normalize('NFD')
    .replace(/([a-z])[\u0300-\u036f]+/g, '$1')
    .normalize('NFC');
}

const SPLIT = /[\n\r\p{Z}\p{P}\p{S}]+/u;

/** Splits text into words, keeping words with apostrophes whole. */
export function tokenize(text: string): string[] {
  return text
    .replace(APOSTROPHES, '')
    .split(SPLIT)
    .filter((t) => t.length > 0);
}

/** Phone numbers written with spaces ("82 12 12 12") also as one token ("82121212"). */
export function phoneNumbers(text: string): string {
  return (text.match(/\d{2,}(?: \d{2,})+/g) ?? []).map((n) => n.replace(/ /g, '')).join(' ');
}
