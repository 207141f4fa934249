import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countdownTo, firstWednesdayOfMay, nextSirenTest, sirenTestIn, TEST_WINDOW_MS } from './siren-schedule';
import { frequencyAt, HIGH_HZ, LOW_HZ, sirenSignal } from './siren-signal';

const copenhagen = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  weekday: 'long',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

describe('siren test schedule', () => {
  it.each([
    [2024, 1],
    [2025, 7],
    [2026, 6],
    [2027, 5],
    [2028, 3],
    [2029, 2],
    [2030, 1],
  ])('first Wednesday of May %i is the %i.', (year, day) => {
    expect(firstWednesdayOfMay(year)).toBe(day);
  });

  it('is at 12:00 Copenhagen summer time, i.e. 10:00 UTC', () => {
    expect(sirenTestIn(2027).toISOString()).toBe('2027-05-05T10:00:00.000Z');
    expect(sirenTestIn(2026).toISOString()).toBe('2026-05-06T10:00:00.000Z');
  });

  it('from today (23 November 2026) the next test is Wednesday 5 May 2027', () => {
    expect(nextSirenTest(new Date('2026-11-23T12:00:00Z')).toISOString()).toBe('2027-05-05T10:00:00.000Z');
  });

  it('crosses the new year', () => {
    expect(nextSirenTest(new Date('2026-12-31T23:30:00Z')).toISOString()).toBe('2027-05-05T10:00:00.000Z');
    expect(nextSirenTest(new Date('2027-01-01T00:00:00Z')).toISOString()).toBe('2027-05-05T10:00:00.000Z');
  });

  it('before the test on test day it is today; during it, still today; after it, next year', () => {
    expect(nextSirenTest(new Date('2027-05-05T09:59:00Z')).toISOString()).toBe('2027-05-05T10:00:00.000Z');
    expect(nextSirenTest(new Date('2027-05-05T10:05:00Z')).toISOString()).toBe('2027-05-05T10:00:00.000Z');
    expect(nextSirenTest(new Date('2027-05-05T10:15:00Z')).toISOString()).toBe('2028-05-03T10:00:00.000Z');
    expect(nextSirenTest(new Date('2027-07-01T00:00:00Z')).toISOString()).toBe('2028-05-03T10:00:00.000Z');
  });

  it('is always a Wednesday in early May at 12:00 in Copenhagen, never in the past (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) }), (ms) => {
        const now = new Date(ms);
        const next = nextSirenTest(now);
        const text = copenhagen.format(next);
        expect(text).toMatch(/^Wednesday, \d{4}-05-0[1-7], 12:00$/);
        expect(next.getTime() + TEST_WINDOW_MS).toBeGreaterThan(ms);
        // And it is the first one: no test between now and `next`.
        const previous = sirenTestIn(next.getUTCFullYear() - 1);
        expect(previous.getTime() + TEST_WINDOW_MS).toBeLessThanOrEqual(ms);
      }),
      { numRuns: 300 },
    );
  });

  it('counts down in days, hours, minutes and seconds', () => {
    const target = new Date('2027-05-05T10:00:00Z');
    expect(countdownTo(target, new Date('2027-05-03T08:58:30Z'))).toEqual({
      inProgress: false,
      days: 2,
      hours: 1,
      minutes: 1,
      seconds: 30,
    });
    expect(countdownTo(target, new Date('2027-05-05T10:01:00Z'))).toMatchObject({ inProgress: true, days: 0, seconds: 0 });
    expect(countdownTo(target, new Date('2027-05-05T11:00:00Z')).inProgress).toBe(false);
  });
});

describe('siren signals', () => {
  it('warning: rises fast and falls slowly, 4 times over 45 seconds', () => {
    const s = sirenSignal('warning');
    expect(s.duration).toBe(45);
    expect(s.points.at(-1)!.t).toBe(45);
    const peaks = s.points.filter((p) => p.hz === HIGH_HZ);
    expect(peaks).toHaveLength(4);
    for (let i = 1; i < s.points.length; i++) {
      const a = s.points[i - 1]!;
      const b = s.points[i]!;
      expect(b.t).toBeGreaterThan(a.t);
      if (b.hz > a.hz) expect(b.t - a.t).toBeLessThan(4); // rising: fast
      else expect(b.t - a.t).toBeGreaterThan(7); // falling: slow
    }
    expect(frequencyAt(s, 0)).toBe(LOW_HZ);
    expect(frequencyAt(s, 45)).toBe(LOW_HZ);
    expect(frequencyAt(s, 11.25 * 0.25)).toBe(HIGH_HZ);
  });

  it('all-clear: one steady tone for 45 seconds', () => {
    const s = sirenSignal('all-clear');
    expect(s.duration).toBe(45);
    for (const t of [0, 10, 22.5, 44.9, 45]) expect(frequencyAt(s, t)).toBe(HIGH_HZ);
  });
});
