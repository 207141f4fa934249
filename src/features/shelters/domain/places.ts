/**
 * Offline place search for "where am I": postal codes (single codes and ranges such as
 * 1000-1499), towns and municipalities from the places pack. Pure: the caller passes the rows.
 */
import type { PlaceKind, PlaceRow } from './types';

/** Lower case, Danish letters folded (æ→ae, ø→oe, å→aa), other accents removed. */
export function foldName(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const KIND_ORDER: Record<PlaceKind, number> = { postal: 0, town: 1, municipality: 2 };

/** The postal area whose range contains a 4-digit code, if any. */
export function findPostalCode(places: readonly PlaceRow[], code: string): PlaceRow | undefined {
  if (!/^\d{4}$/.test(code)) return undefined;
  const n = Number(code);
  return places.find((p) => p.kind === 'postal' && p.from !== undefined && p.to !== undefined && p.from <= n && n <= p.to);
}

export interface PlaceHit {
  place: PlaceRow;
  /** Lower is better. */
  score: number;
}

/**
 * Places matching what a person typed: a 4-digit postal code (inside a range too), the start of
 * a postal code, or (part of) a name. Best matches first; at most `limit`.
 */
export function searchPlaces(places: readonly PlaceRow[], query: string, limit = 8): PlaceRow[] {
  const q = query.trim();
  if (q === '') return [];
  const hits: PlaceHit[] = [];
  const digits = /^\d{1,4}$/.test(q);
  const code = q.match(/^(\d{4})\b/)?.[1];
  const exactPostal = code ? findPostalCode(places, code) : undefined;
  if (exactPostal) hits.push({ place: exactPostal, score: 0 });
  const folded = foldName(q.replace(/^\d{4}\s+/, ''));
  for (const p of places) {
    if (p === exactPostal) continue;
    let score: number | undefined;
    if (digits && p.kind === 'postal' && p.code?.startsWith(q)) score = 10;
    else if (folded) {
      const name = foldName(p.name);
      if (name === folded) score = 20;
      else if (name.startsWith(folded)) score = 30;
      else if (folded.length >= 3 && name.includes(folded)) score = 50;
    }
    if (score === undefined) continue;
    // Bigger towns first among equals; then postal, town, municipality; then by name.
    const popBonus = p.population ? -Math.min(5, Math.log10(p.population)) : 0;
    hits.push({ place: p, score: score + KIND_ORDER[p.kind] + popBonus });
  }
  hits.sort((a, b) => a.score - b.score || a.place.name.localeCompare(b.place.name, 'da'));
  return hits.slice(0, limit).map((h) => h.place);
}
