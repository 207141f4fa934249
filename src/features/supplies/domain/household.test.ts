import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_COUNT, emptyNeeds, parseWhole, restoreHousehold, toInput, validateHousehold, type HouseholdInput } from './household';
import { createHousehold } from './testing';

function input(over: Partial<HouseholdInput> = {}): HouseholdInput {
  return { ...toInput(createHousehold({ adults: 2 })), ...over };
}

describe('parseWhole', () => {
  it('reads whole numbers with spaces around them', () => {
    expect(parseWhole(' 3 ', true)).toEqual({ value: 3 });
    expect(parseWhole('+2', true)).toEqual({ value: 2 });
  });
  it('treats empty as 0 only when allowed', () => {
    expect(parseWhole('', true)).toEqual({ value: 0 });
    expect(parseWhole('', false)).toEqual({ error: { code: 'required' } });
  });
  it('names the problem: negative, fractional, not a number', () => {
    expect(parseWhole('-1', true)).toEqual({ error: { code: 'negative' } });
    expect(parseWhole('-0', true)).toEqual({ error: { code: 'negative' } });
    expect(parseWhole('1.5', true)).toEqual({ error: { code: 'fractional' } });
    expect(parseWhole('2,5', true)).toEqual({ error: { code: 'fractional' } });
    expect(parseWhole('two', true)).toEqual({ error: { code: 'notANumber' } });
    expect(parseWhole('1e3', true)).toEqual({ error: { code: 'notANumber' } });
  });
});

describe('validateHousehold', () => {
  it('accepts a normal household and returns numbers', () => {
    const r = validateHousehold(input({ adults: '2', children3to12: '1', dogs: '1', days: '7' }));
    expect(r).toMatchObject({ ok: true, value: { adults: 2, children3to12: 1, dogs: 1, days: 7 } });
  });
  it('rejects 10,000 adults with a limit at the field', () => {
    const r = validateHousehold(input({ adults: '10000' }));
    expect(r).toEqual({ ok: false, errors: { adults: { code: 'tooMany', params: { max: MAX_COUNT.adults } } } });
  });
  it('reports every bad field at once', () => {
    const r = validateHousehold(input({ adults: '-2', dogs: '1.5', cats: 'x', days: '0' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.adults?.code).toBe('negative');
    expect(r.errors.dogs?.code).toBe('fractional');
    expect(r.errors.cats?.code).toBe('notANumber');
    expect(r.errors.days).toEqual({ code: 'daysRange', params: { min: 1, max: 14 } });
  });
  it('needs at least one person', () => {
    const r = validateHousehold(input({ adults: '0', dogs: '2' }));
    expect(r).toEqual({ ok: false, errors: { adults: { code: 'noPeople' } } });
  });
  it('caps the total number of people', () => {
    const r = validateHousehold(input({ adults: '20', children3to12: '15' }));
    expect(r).toEqual({ ok: false, errors: { adults: { code: 'tooManyPeople', params: { max: 30 } } } });
  });
  it('checks cross-field counts', () => {
    const r = validateHousehold(input({ adults: '2', adultsUnder40: '3', pregnantOrBreastfeeding: '3' }));
    expect(r).toEqual({
      ok: false,
      errors: {
        adultsUnder40: { code: 'under40MoreThanAdults', params: { max: 2 } },
        pregnantOrBreastfeeding: { code: 'pregnantMoreThanPeople', params: { max: 2 } },
      },
    });
  });
  it('allows days 1 to 14 only, whole', () => {
    expect(validateHousehold(input({ days: '14' })).ok).toBe(true);
    expect(validateHousehold(input({ days: '1' })).ok).toBe(true);
    expect(validateHousehold(input({ days: '15' }))).toMatchObject({ ok: false, errors: { days: { code: 'daysRange' } } });
    expect(validateHousehold(input({ days: '' }))).toMatchObject({ ok: false, errors: { days: { code: 'required' } } });
    expect(validateHousehold(input({ days: '3.5' }))).toMatchObject({ ok: false, errors: { days: { code: 'fractional' } } });
  });
  it('keeps only the known needs, as booleans', () => {
    const r = validateHousehold(input({ needs: { ...emptyNeeds(), poweredDevice: true } }));
    expect(r.ok && r.value.needs).toEqual({ ...emptyNeeds(), poweredDevice: true });
  });
  it('never accepts a value outside the limits (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, d) => {
        const r = validateHousehold(input({ adults: a, days: d }));
        if (r.ok) {
          expect(Number.isInteger(r.value.adults) && r.value.adults >= 1 && r.value.adults <= 20).toBe(true);
          expect(Number.isInteger(r.value.days) && r.value.days >= 1 && r.value.days <= 14).toBe(true);
        }
      }),
    );
  });
});

describe('restoreHousehold', () => {
  it('falls back to defaults for garbage', () => {
    expect(restoreHousehold(null)).toMatchObject({ id: 'household', adults: 1, days: 3, hiddenItems: [] });
    expect(restoreHousehold('x')).toMatchObject({ adults: 1 });
  });
  it('clamps and repairs stored values', () => {
    const h = restoreHousehold({ adults: 10_000, adultsUnder40: 50, days: 99, dogs: -3, needs: { dailyMedicine: true, bogus: true }, hiddenItems: ['cash', 3] });
    expect(h).toMatchObject({ adults: 20, adultsUnder40: 20, days: 14, dogs: 0, hiddenItems: ['cash'] });
    expect(h.needs).toEqual({ ...emptyNeeds(), dailyMedicine: true });
  });
  it('keeps at least one person', () => {
    expect(restoreHousehold({ adults: 0 }).adults).toBe(1);
  });
  it('round-trips a valid household', () => {
    const h = createHousehold({ adults: 2, children3to12: 1, dogs: 1, days: 7 });
    expect(restoreHousehold(JSON.parse(JSON.stringify(h)))).toEqual(h);
  });
});
