/**
 * Validation of what the user records: stock batches and custom items. Every field gets a clear
 * error code (translated by the page); valid input comes back as clean values.
 */
import { isIsoDate } from './dates';
import type { FieldError } from './household';
import { CATEGORIES, UNITS, type Category, type Unit } from './types';

export const MAX_QUANTITY = 10_000;
export const MAX_NAME = 80;
export const MAX_NOTE = 200;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export type StockErrorCode =
  | FieldError['code']
  | 'notPositive'
  | 'tooLarge'
  | 'invalidDate'
  | 'dateOutOfRange'
  | 'emptyName'
  | 'tooLong'
  | 'invalidChoice';

export interface StockError {
  code: StockErrorCode;
  params?: Record<string, number>;
}

type Result<F extends string, V> = { ok: true; value: V } | { ok: false; errors: Partial<Record<F, StockError>> };

/** Parses a positive amount as typed ("1,5" or "1.5" both mean 1.5), at most 2 decimals. */
export function parseAmount(raw: string, max = MAX_QUANTITY): { value: number } | { error: StockError } {
  const s = raw.trim().replace(/\s+/g, '');
  if (s === '') return { error: { code: 'required' } };
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(s)) return { error: { code: 'notANumber' } };
  const n = Number(s.replace(',', '.'));
  if (s.startsWith('-') && n !== 0) return { error: { code: 'negative' } };
  if (n <= 0) return { error: { code: 'notPositive' } };
  if (n > max) return { error: { code: 'tooLarge', params: { max } } };
  return { value: Math.round(n * 100) / 100 };
}

export interface BatchInput {
  quantity: string;
  bestBefore: string;
  note: string;
}
export interface BatchValues {
  quantity: number;
  bestBefore?: string;
  note?: string;
}

export function validateBatch(input: BatchInput): Result<keyof BatchInput, BatchValues> {
  const errors: Partial<Record<keyof BatchInput, StockError>> = {};
  const q = parseAmount(input.quantity);
  if ('error' in q) errors.quantity = q.error;
  const date = input.bestBefore.trim();
  if (date !== '') {
    if (!isIsoDate(date)) errors.bestBefore = { code: 'invalidDate' };
    else {
      const y = Number(date.slice(0, 4));
      if (y < MIN_YEAR || y > MAX_YEAR) errors.bestBefore = { code: 'dateOutOfRange', params: { min: MIN_YEAR, max: MAX_YEAR } };
    }
  }
  const note = input.note.trim();
  if (note.length > MAX_NOTE) errors.note = { code: 'tooLong', params: { max: MAX_NOTE } };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { quantity: (q as { value: number }).value, ...(date ? { bestBefore: date } : {}), ...(note ? { note } : {}) },
  };
}

export interface CustomItemInput {
  name: string;
  category: string;
  unit: string;
  need: string;
}
export interface CustomItemValues {
  name: string;
  category: Category;
  unit: Unit;
  need: number;
}

export function validateCustomItem(input: CustomItemInput): Result<keyof CustomItemInput, CustomItemValues> {
  const errors: Partial<Record<keyof CustomItemInput, StockError>> = {};
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name === '') errors.name = { code: 'emptyName' };
  else if (name.length > MAX_NAME) errors.name = { code: 'tooLong', params: { max: MAX_NAME } };
  if (!(CATEGORIES as readonly string[]).includes(input.category)) errors.category = { code: 'invalidChoice' };
  if (!(UNITS as readonly string[]).includes(input.unit)) errors.unit = { code: 'invalidChoice' };
  const need = parseAmount(input.need);
  if ('error' in need) errors.need = need.error;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { name, category: input.category as Category, unit: input.unit as Unit, need: (need as { value: number }).value },
  };
}
