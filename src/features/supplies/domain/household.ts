/**
 * The household: validation of what the user types (per-field errors, nothing saved wrongly)
 * and repair of whatever comes back from storage (`restoreHousehold`).
 */
import { NEEDS, type Household, type Need } from './types';

export const COUNT_FIELDS = [
  'adults',
  'adultsUnder40',
  'children0to2',
  'children3to12',
  'children13to17',
  'pregnantOrBreastfeeding',
  'dogs',
  'cats',
  'otherPets',
] as const;
export type CountField = (typeof COUNT_FIELDS)[number];
export type HouseholdField = CountField | 'days';

/** Largest sensible count per field: a household, not a town. */
export const MAX_COUNT: Record<CountField, number> = {
  adults: 20,
  adultsUnder40: 20,
  children0to2: 10,
  children3to12: 15,
  children13to17: 15,
  pregnantOrBreastfeeding: 10,
  dogs: 10,
  cats: 10,
  otherPets: 20,
};
export const MAX_PEOPLE = 30;
export const MIN_DAYS = 1;
export const MAX_DAYS = 14;
export const DEFAULT_DAYS = 3;

export type FieldErrorCode =
  | 'required'
  | 'notANumber'
  | 'negative'
  | 'fractional'
  | 'tooMany'
  | 'tooManyPeople'
  | 'noPeople'
  | 'under40MoreThanAdults'
  | 'pregnantMoreThanPeople'
  | 'daysRange';

export interface FieldError {
  code: FieldErrorCode;
  /** Values for the message, e.g. { max: 20 }. */
  params?: Record<string, number>;
}

/** What the form holds: counts and days as typed, needs as checkboxes. */
export type HouseholdInput = Record<HouseholdField, string> & { needs: Record<Need, boolean> };

export type HouseholdValues = Omit<Household, 'id' | 'updatedAt' | 'hiddenItems'>;

export type Validation =
  | { ok: true; value: HouseholdValues }
  | { ok: false; errors: Partial<Record<HouseholdField, FieldError>> };

export function emptyNeeds(): Record<Need, boolean> {
  return Object.fromEntries(NEEDS.map((n) => [n, false])) as Record<Need, boolean>;
}

export function defaultHousehold(now = new Date()): Household {
  return {
    id: 'household',
    adults: 1,
    adultsUnder40: 0,
    children0to2: 0,
    children3to12: 0,
    children13to17: 0,
    pregnantOrBreastfeeding: 0,
    dogs: 0,
    cats: 0,
    otherPets: 0,
    needs: emptyNeeds(),
    days: DEFAULT_DAYS,
    hiddenItems: [],
    updatedAt: now.toISOString(),
  };
}

/** The form's starting values for a stored household. */
export function toInput(h: Household): HouseholdInput {
  const out = { needs: { ...h.needs }, days: String(h.days) } as HouseholdInput;
  for (const f of COUNT_FIELDS) out[f] = String(h[f]);
  return out;
}

/**
 * Parses a whole number as typed. Empty counts as 0 when `emptyIsZero`.
 * @example parseWhole('3') // { value: 3 }
 */
export function parseWhole(raw: string, emptyIsZero: boolean): { value: number } | { error: FieldError } {
  const s = raw.trim().replace(/\s+/g, '');
  if (s === '') return emptyIsZero ? { value: 0 } : { error: { code: 'required' } };
  if (!/^[+-]?\d+([.,]\d*)?$/.test(s)) return { error: { code: 'notANumber' } };
  const n = Number(s.replace(',', '.'));
  if (n < 0 || s.startsWith('-')) return { error: { code: 'negative' } };
  if (/[.,]/.test(s)) return { error: { code: 'fractional' } };
  return { value: n };
}

/** Validates the household form; every field gets its own error, or the values are returned. */
export function validateHousehold(input: HouseholdInput): Validation {
  const errors: Partial<Record<HouseholdField, FieldError>> = {};
  const v = {} as Record<CountField, number>;
  for (const f of COUNT_FIELDS) {
    const r = parseWhole(input[f] ?? '', true);
    if ('error' in r) errors[f] = r.error;
    else if (r.value > MAX_COUNT[f]) errors[f] = { code: 'tooMany', params: { max: MAX_COUNT[f] } };
    else v[f] = r.value;
  }
  const d = parseWhole(input.days ?? '', false);
  if ('error' in d) errors.days = d.error.code === 'negative' ? { code: 'daysRange', params: { min: MIN_DAYS, max: MAX_DAYS } } : d.error;
  else if (d.value < MIN_DAYS || d.value > MAX_DAYS) errors.days = { code: 'daysRange', params: { min: MIN_DAYS, max: MAX_DAYS } };

  const people = ['adults', 'children0to2', 'children3to12', 'children13to17'] as const;
  if (people.every((f) => v[f] !== undefined)) {
    const total = people.reduce((s, f) => s + v[f], 0);
    if (total === 0) errors.adults = { code: 'noPeople' };
    else if (total > MAX_PEOPLE) errors.adults ??= { code: 'tooManyPeople', params: { max: MAX_PEOPLE } };
    if (v.adultsUnder40 !== undefined && v.adultsUnder40 > v.adults) {
      errors.adultsUnder40 ??= { code: 'under40MoreThanAdults', params: { max: v.adults } };
    }
    const canBe = v.adults + v.children13to17;
    if (v.pregnantOrBreastfeeding !== undefined && v.pregnantOrBreastfeeding > canBe) {
      errors.pregnantOrBreastfeeding ??= { code: 'pregnantMoreThanPeople', params: { max: canBe } };
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const needs = emptyNeeds();
  for (const n of NEEDS) needs[n] = input.needs?.[n] === true;
  return { ok: true, value: { ...v, needs, days: (d as { value: number }).value } };
}

function clampInt(x: unknown, min: number, max: number, fallback: number): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(x)));
}

/**
 * Repairs a household read from storage or an import: unknown shapes fall back to defaults,
 * counts are clamped to their limits, and the cross-field rules hold afterwards.
 */
export function restoreHousehold(raw: unknown): Household {
  const base = defaultHousehold();
  if (!raw || typeof raw !== 'object') return base;
  const r = raw as Record<string, unknown>;
  const h: Household = { ...base };
  for (const f of COUNT_FIELDS) h[f] = clampInt(r[f], 0, MAX_COUNT[f], base[f]);
  h.adultsUnder40 = Math.min(h.adultsUnder40, h.adults);
  h.pregnantOrBreastfeeding = Math.min(h.pregnantOrBreastfeeding, h.adults + h.children13to17);
  if (h.adults + h.children0to2 + h.children3to12 + h.children13to17 === 0) h.adults = 1;
  h.days = clampInt(r.days, MIN_DAYS, MAX_DAYS, DEFAULT_DAYS);
  const needs = (r.needs && typeof r.needs === 'object' ? r.needs : {}) as Record<string, unknown>;
  h.needs = emptyNeeds();
  for (const n of NEEDS) h.needs[n] = needs[n] === true;
  h.hiddenItems = Array.isArray(r.hiddenItems) ? r.hiddenItems.filter((x): x is string => typeof x === 'string') : [];
  h.updatedAt = typeof r.updatedAt === 'string' ? r.updatedAt : base.updatedAt;
  return h;
}

/** Number of people in the household. */
export function peopleCount(h: Pick<Household, 'adults' | 'children0to2' | 'children3to12' | 'children13to17'>): number {
  return h.adults + h.children0to2 + h.children3to12 + h.children13to17;
}

export function petCount(h: Pick<Household, 'dogs' | 'cats' | 'otherPets'>): number {
  return h.dogs + h.cats + h.otherPets;
}
