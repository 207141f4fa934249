import { describe, expect, it } from 'vitest';
import { addDays, addMonths, copenhagenDate, daysBetween, isIsoDate } from './dates';
import { expiringBatches, expiryStatus } from './expiry';
import { createBatch } from './testing';

describe('copenhagenDate: the day starts at Copenhagen midnight', () => {
  it('winter time (UTC+1): 23:00 UTC is already tomorrow', () => {
    expect(copenhagenDate(new Date('2026-11-23T22:59:59Z'))).toBe('2026-11-23');
    expect(copenhagenDate(new Date('2026-11-23T23:00:00Z'))).toBe('2026-11-24');
  });
  it('summer time (UTC+2): 22:00 UTC is already tomorrow', () => {
    expect(copenhagenDate(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(copenhagenDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
  it('on the spring-forward day (29 March 2026) midnight is 23:00 UTC the evening before', () => {
    expect(copenhagenDate(new Date('2026-03-28T22:59:59Z'))).toBe('2026-03-28');
    expect(copenhagenDate(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    // 29 March has 23 hours: it ends at 22:00 UTC
    expect(copenhagenDate(new Date('2026-03-29T21:59:59Z'))).toBe('2026-03-29');
    expect(copenhagenDate(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
  });
  it('on the fall-back day (25 October 2026) the day has 25 hours', () => {
    expect(copenhagenDate(new Date('2026-10-24T21:59:59Z'))).toBe('2026-10-24');
    expect(copenhagenDate(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(copenhagenDate(new Date('2026-10-25T22:59:59Z'))).toBe('2026-10-25');
    expect(copenhagenDate(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });
});

describe('calendar arithmetic', () => {
  it('rejects impossible dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
  it('adds days across DST changes without losing or gaining a day', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-10-01', '2026-11-01')).toBe(31);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
  it('adds months, clamping the day', () => {
    expect(addMonths('2026-11-23', 6)).toBe('2027-05-23');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});

describe('expiry', () => {
  it('a batch is good through its best-before date and expired the day after', () => {
    expect(expiryStatus('2026-11-23', '2026-11-23')).toBe('soon');
    expect(expiryStatus('2026-11-22', '2026-11-23')).toBe('expired');
  });
  it('soon means within 30 days, inclusive', () => {
    expect(expiryStatus('2026-12-23', '2026-11-23')).toBe('soon');
    expect(expiryStatus('2026-12-24', '2026-11-23')).toBe('ok');
    expect(expiryStatus(undefined, '2026-11-23')).toBe('none');
  });
  it('just before and after Copenhagen midnight on a DST night', () => {
    const before = copenhagenDate(new Date('2026-03-28T22:59:59Z'));
    const after = copenhagenDate(new Date('2026-03-28T23:00:00Z'));
    expect(expiryStatus('2026-03-28', before)).toBe('soon');
    expect(expiryStatus('2026-03-28', after)).toBe('expired');
  });
  it('lists expired and soon batches, soonest first, with days left', () => {
    const bs = [
      createBatch({ id: 'far', bestBefore: '2027-06-01' }),
      createBatch({ id: 'soon', bestBefore: '2026-12-01' }),
      createBatch({ id: 'old', bestBefore: '2026-01-01' }),
      createBatch({ id: 'undated' }),
    ];
    expect(expiringBatches(bs, '2026-11-23').map((e) => [e.batch.id, e.status, e.daysLeft])).toEqual([
      ['old', 'expired', -326],
      ['soon', 'soon', 8],
    ]);
  });
});
