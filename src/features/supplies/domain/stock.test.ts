import { describe, expect, it } from 'vitest';
import { parseAmount, validateBatch, validateCustomItem } from './stock';

describe('parseAmount', () => {
  it('accepts decimals with comma or point', () => {
    expect(parseAmount('1,5')).toEqual({ value: 1.5 });
    expect(parseAmount('1.5')).toEqual({ value: 1.5 });
    expect(parseAmount(' 12 ')).toEqual({ value: 12 });
    expect(parseAmount('0,333')).toEqual({ value: 0.33 });
  });
  it('rejects empty, negative, zero, text and absurd amounts', () => {
    expect(parseAmount('')).toEqual({ error: { code: 'required' } });
    expect(parseAmount('-1')).toEqual({ error: { code: 'negative' } });
    expect(parseAmount('0')).toEqual({ error: { code: 'notPositive' } });
    expect(parseAmount('abc')).toEqual({ error: { code: 'notANumber' } });
    expect(parseAmount('1e9')).toEqual({ error: { code: 'notANumber' } });
    expect(parseAmount('20000')).toEqual({ error: { code: 'tooLarge', params: { max: 10000 } } });
  });
});

describe('validateBatch', () => {
  it('accepts a quantity with and without a best-before date', () => {
    expect(validateBatch({ quantity: '6', bestBefore: '2027-05-01', note: ' Aldi ' })).toEqual({
      ok: true,
      value: { quantity: 6, bestBefore: '2027-05-01', note: 'Aldi' },
    });
    expect(validateBatch({ quantity: '6', bestBefore: '', note: '' })).toEqual({ ok: true, value: { quantity: 6 } });
  });
  it('allows past dates (they show as expired)', () => {
    expect(validateBatch({ quantity: '1', bestBefore: '2024-01-01', note: '' }).ok).toBe(true);
  });
  it('rejects impossible and far-off dates', () => {
    expect(validateBatch({ quantity: '1', bestBefore: '2026-02-30', note: '' })).toEqual({ ok: false, errors: { bestBefore: { code: 'invalidDate' } } });
    expect(validateBatch({ quantity: '1', bestBefore: '31-12-2026', note: '' })).toEqual({ ok: false, errors: { bestBefore: { code: 'invalidDate' } } });
    expect(validateBatch({ quantity: '1', bestBefore: '2199-01-01', note: '' })).toMatchObject({ ok: false, errors: { bestBefore: { code: 'dateOutOfRange' } } });
  });
  it('reports quantity and note errors together', () => {
    const r = validateBatch({ quantity: '-3', bestBefore: '', note: 'x'.repeat(201) });
    expect(r).toEqual({ ok: false, errors: { quantity: { code: 'negative' }, note: { code: 'tooLong', params: { max: 200 } } } });
  });
});

describe('validateCustomItem', () => {
  it('accepts a named item and tidies the name', () => {
    expect(validateCustomItem({ name: '  Dåse   åbner ', category: 'food', unit: 'piece', need: '1' })).toEqual({
      ok: true,
      value: { name: 'Dåse åbner', category: 'food', unit: 'piece', need: 1 },
    });
  });
  it('rejects an empty name, unknown category/unit and a bad need', () => {
    const r = validateCustomItem({ name: '   ', category: 'weapons', unit: 'ton', need: '0' });
    expect(r).toEqual({
      ok: false,
      errors: { name: { code: 'emptyName' }, category: { code: 'invalidChoice' }, unit: { code: 'invalidChoice' }, need: { code: 'notPositive' } },
    });
  });
});
