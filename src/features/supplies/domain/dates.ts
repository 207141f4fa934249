/**
 * Calendar dates in Europe/Copenhagen. A best-before date is a calendar date (YYYY-MM-DD), not
 * an instant: "today" is the date on a Copenhagen wall calendar, so a day starts at local
 * midnight whether that is 23:00 or 22:00 UTC (winter or summer time). Date arithmetic works on
 * the calendar (UTC internally), so daylight-saving changes never add or lose a day.
 */

export const TIME_ZONE = 'Europe/Copenhagen';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date (YYYY-MM-DD) that `now` is in Copenhagen. */
export function copenhagenDate(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** True if `s` is YYYY-MM-DD and a real date (no 2026-02-30), year 1900–2200. */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toUtc(s: string): number {
  const m = ISO.exec(s);
  if (!m) throw new RangeError(`not a date: ${s}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtc(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** `date` plus `n` calendar days. */
export function addDays(date: string, n: number): string {
  return fromUtc(toUtc(date) + n * 86_400_000);
}

/** Whole calendar days from `a` to `b` (positive if b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** `date` plus `n` months, the day clamped to the last day of the target month. */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const td = Math.min(d, daysInMonth(ty, tm));
  return `${ty}-${String(tm).padStart(2, '0')}-${String(td).padStart(2, '0')}`;
}
