/**
 * The .ics calendar export (RFC 5545): one all-day event per best-before date (with a reminder a
 * week before) and a recurring "check your supply" event every 6 months. Reminders then live in
 * the user's own calendar: no server, no notification permission.
 *
 * Lines end in CRLF, text is escaped (\\ ; , and newlines) and lines longer than 75 octets are
 * folded without splitting a UTF-8 character.
 */
import { addDays, addMonths } from './dates';

export interface IcsBestBefore {
  /** YYYY-MM-DD */
  date: string;
  /** Item descriptions, e.g. "Drinking water (12 L)". */
  items: string[];
}

export interface IcsLabels {
  /** Summary of a best-before event; `{items}` is replaced by the item list. */
  bestBeforeSummary: (items: string[]) => string;
  bestBeforeDescription: (items: string[]) => string;
  checkSummary: string;
  checkDescription: string;
  calendarName: string;
}

const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (octets + n > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n');
}

function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The first check date: six months after `today`, on a day that exists in every month. */
export function firstCheckDate(today: string): string {
  const d = addMonths(today, 6);
  return Number(d.slice(8)) > 28 ? `${d.slice(0, 8)}28` : d;
}

export function buildIcs(entries: readonly IcsBestBefore[], today: string, labels: IcsLabels, now = new Date()): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Beredt//Supplies//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(labels.calendarName)}`,
  ];
  const dtstamp = stamp(now);
  const byDate = new Map<string, string[]>();
  for (const e of entries) byDate.set(e.date, [...(byDate.get(e.date) ?? []), ...e.items]);
  for (const date of [...byDate.keys()].sort()) {
    const items = byDate.get(date)!;
    const description = escapeText(labels.bestBeforeDescription(items));
    lines.push(
      'BEGIN:VEVENT',
      `UID:supplies-best-before-${icsDate(date)}@beredt`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${icsDate(date)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(date, 1))}`,
      `SUMMARY:${escapeText(labels.bestBeforeSummary(items))}`,
      `DESCRIPTION:${description}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P6DT15H',
      `DESCRIPTION:${description}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  const check = firstCheckDate(today);
  lines.push(
    'BEGIN:VEVENT',
    'UID:supplies-check@beredt',
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${icsDate(check)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(check, 1))}`,
    'RRULE:FREQ=MONTHLY;INTERVAL=6',
    `SUMMARY:${escapeText(labels.checkSummary)}`,
    `DESCRIPTION:${escapeText(labels.checkDescription)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:PT9H',
    `DESCRIPTION:${escapeText(labels.checkSummary)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  );
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
