/**
 * The national siren test: every year on the first Wednesday of May at 12:00 Danish time
 * (Europe/Copenhagen, which is summer time, UTC+2, in May). Computed with Intl, not a fixed
 * offset, so the answer is right whatever the device's own time zone is.
 */

export const SIREN_TIME_ZONE = 'Europe/Copenhagen';
/** The test (warning, pause, all-clear, S!RENEN) is treated as "now" for this long. */
export const TEST_WINDOW_MS = 15 * 60 * 1000;

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: SIREN_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Offset of Copenhagen from UTC at an instant, in ms (e.g. +2 h in summer). */
function offsetAt(instant: number): number {
  const p = Object.fromEntries(partsFormat.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant when the Copenhagen wall clock shows the given date and time. */
export function copenhagenTime(year: number, month: number, day: number, hour: number, minute = 0): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return new Date(instant);
}

/** Day of May (1–7) of the first Wednesday of May in `year`. */
export function firstWednesdayOfMay(year: number): number {
  const weekday = new Date(Date.UTC(year, 4, 1)).getUTCDay(); // 0 = Sunday, 3 = Wednesday
  return 1 + ((3 - weekday + 7) % 7);
}

/** The start of the national test in `year`. */
export function sirenTestIn(year: number): Date {
  return copenhagenTime(year, 5, firstWednesdayOfMay(year), 12, 0);
}

/**
 * The next national test: this year's if it has not yet ended (a test in progress counts as
 * the next one for TEST_WINDOW_MS after 12:00), else next year's.
 */
export function nextSirenTest(now: Date): Date {
  const year = new Date(now.getTime() + offsetAt(now.getTime())).getUTCFullYear();
  const thisYear = sirenTestIn(year);
  if (now.getTime() < thisYear.getTime() + TEST_WINDOW_MS) return thisYear;
  return sirenTestIn(year + 1);
}

export interface Countdown {
  /** True from 12:00 until the test window ends. */
  inProgress: boolean;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export function countdownTo(target: Date, now: Date): Countdown {
  const ms = target.getTime() - now.getTime();
  const inProgress = ms <= 0 && -ms < TEST_WINDOW_MS;
  const total = Math.max(0, Math.floor(ms / 1000));
  return {
    inProgress,
    days: Math.floor(total / 86400),
    hours: Math.floor((total % 86400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}
