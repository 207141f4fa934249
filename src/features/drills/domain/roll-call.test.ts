import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  adjustCount, classStatus, countsFromPupils, EMPTY_COUNTS, fillRest, setCount, sumCounts, totalOf, unreported, validateRollCall,
} from './roll-call';
import { ROLL_CALL_FIELDS, type RollCallCounts } from './types';

const c = (accounted: number, missing = 0, absent = 0, injured = 0): RollCallCounts => ({ accounted, missing, absent, injured });

describe('validateRollCall', () => {
  it('accepts counts that add up to the class size with nobody missing', () => {
    expect(validateRollCall(c(18, 0, 2, 0), 20)).toEqual({ ok: true, issues: [] });
    expect(validateRollCall(c(15, 0, 2, 3), 20).ok).toBe(true);
  });
  it('reports pupils not yet counted', () => {
    expect(validateRollCall(c(10, 0, 2), 20)).toEqual({ ok: false, issues: [{ code: 'unreported', count: 8 }] });
  });
  it('reports a count above the class size', () => {
    expect(validateRollCall(c(20, 0, 2), 20).issues).toEqual([{ code: 'overSize', by: 2 }]);
  });
  it('reports missing pupils even when the counts add up', () => {
    expect(validateRollCall(c(17, 1, 2), 20)).toEqual({ ok: false, issues: [{ code: 'missing', count: 1 }] });
  });
  it('rejects negative and fractional counts, naming the field', () => {
    expect(validateRollCall(c(-1, 0, 21), 20).issues).toEqual([{ code: 'negative', field: 'accounted' }]);
    expect(validateRollCall(c(1.5, 0, 0, NaN), 20).issues).toEqual([
      { code: 'notWholeNumber', field: 'accounted' },
      { code: 'notWholeNumber', field: 'injured' },
    ]);
  });
});

describe('classStatus', () => {
  it('walks from not started to accounted', () => {
    expect(classStatus(null, 20)).toBe('notStarted');
    expect(classStatus(c(5), 20)).toBe('counting');
    expect(classStatus(c(17, 1, 2), 20)).toBe('missing');
    expect(classStatus(c(18, 0, 2), 20)).toBe('accounted');
    expect(classStatus(c(19, 0, 2), 20)).toBe('overCount');
    expect(classStatus(c(-1), 20)).toBe('invalid');
  });
  it('an empty class of size 0 never happens, but zero counts for it are accounted', () => {
    expect(classStatus(EMPTY_COUNTS, 0)).toBe('accounted');
  });
});

describe('adjustCount / setCount / fillRest', () => {
  it('taps + and − within bounds', () => {
    let n = EMPTY_COUNTS;
    n = adjustCount(n, 'absent', 1, 20);
    n = adjustCount(n, 'absent', 1, 20);
    n = adjustCount(n, 'accounted', 18, 20);
    expect(n).toEqual(c(18, 0, 2));
    expect(adjustCount(n, 'accounted', 1, 20)).toEqual(n); // full: + does nothing
    expect(adjustCount(c(0), 'missing', -1, 20)).toEqual(c(0)); // never below zero
  });
  it('setCount clamps typed values', () => {
    expect(setCount(c(0, 0, 2), 'accounted', 99, 20)).toEqual(c(18, 0, 2));
    expect(setCount(c(5), 'accounted', NaN, 20)).toEqual(c(0));
    expect(setCount(c(5), 'accounted', 3.7, 20)).toEqual(c(3));
  });
  it('fillRest marks everyone not yet reported', () => {
    expect(fillRest(c(0, 0, 2), 20)).toEqual(c(18, 0, 2));
    expect(fillRest(c(10, 0, 2), 20, 'missing')).toEqual(c(10, 8, 2));
    expect(unreported(c(10, 0, 2), 20)).toBe(8);
    expect(unreported(c(30), 20)).toBe(0);
  });
  it('property: any sequence of taps keeps counts whole, ≥ 0 and ≤ the class size in total', () => {
    const tap = fc.record({ field: fc.constantFrom(...ROLL_CALL_FIELDS), delta: fc.integer({ min: -30, max: 30 }) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.array(tap, { maxLength: 50 }), (size, taps) => {
        let n = EMPTY_COUNTS;
        for (const t of taps) n = adjustCount(n, t.field, t.delta, size);
        for (const f of ROLL_CALL_FIELDS) expect(Number.isInteger(n[f]) && n[f] >= 0).toBe(true);
        expect(totalOf(n)).toBeLessThanOrEqual(size);
        expect(validateRollCall(fillRest(n, size), size).issues.some((i) => i.code === 'unreported' || i.code === 'overSize')).toBe(false);
      }),
    );
  });
});

describe('countsFromPupils / sumCounts', () => {
  it('counts per-pupil marks and leaves unmarked pupils unreported', () => {
    const n = countsFromPupils({ a: 'accounted', b: 'absent', c: 'injured', zz: 'missing' }, ['a', 'b', 'c', 'd']);
    expect(n).toEqual(c(1, 0, 1, 1));
    expect(unreported(n, 4)).toBe(1);
  });
  it('sums classes', () => {
    expect(sumCounts([c(18, 0, 2), c(20, 1, 0, 1)])).toEqual(c(38, 1, 2, 1));
    expect(sumCounts([])).toEqual(EMPTY_COUNTS);
  });
});
