import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, firstCheckDate, foldLine, type IcsLabels } from './ics';

const labels: IcsLabels = {
  bestBeforeSummary: (items) => `Best before: ${items.join(', ')}`,
  bestBeforeDescription: (items) => `Use or replace:\n${items.join('\n')}`,
  checkSummary: 'Check your supply',
  checkDescription: 'Check water, food and dates; rotate.',
  calendarName: 'Beredt',
};
const NOW = new Date('2026-11-23T10:15:30.123Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

/** Unfolds per RFC 5545 §3.1: CRLF followed by one space or tab is removed. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves lines of 75 octets alone and folds longer ones', () => {
    const l75 = 'X'.repeat(75);
    expect(foldLine(l75)).toBe(l75);
    expect(foldLine('X'.repeat(76))).toBe(`${l75}\r\n X`);
  });
  it('never splits a multi-byte character and keeps every line ≤ 75 octets', () => {
    const uk = `SUMMARY:${'Питна вода, '.repeat(12)}`;
    const folded = foldLine(uk);
    for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(uk);
    expect(folded).not.toContain('\uFFFD');
  });
});

describe('buildIcs', () => {
  const ics = buildIcs(
    [
      { date: '2026-12-01', items: ['Drinking water (12 L)'] },
      { date: '2026-12-01', items: ['Crispbread; rye, 2 packs'] },
      { date: '2027-03-29', items: ['Батарейки'] },
    ],
    '2026-11-23',
    labels,
    NOW,
  );
  const lines = ics.split('\r\n');

  it('is a VCALENDAR with CRLF line ends and no bare LF', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
  });
  it('keeps every physical line within 75 octets', () => {
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
  });
  it('has one event per best-before date, all-day, with the items escaped', () => {
    const u = unfold(ics);
    expect(u.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(u).toContain('DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261202');
    expect(u).toContain('SUMMARY:Best before: Drinking water (12 L)\\, Crispbread\\; rye\\, 2 packs');
    expect(u).toContain('DESCRIPTION:Use or replace:\\nDrinking water (12 L)\\nCrispbread\\; rye\\, 2 packs');
    expect(u).toContain('DTSTART;VALUE=DATE:20270329\r\nDTEND;VALUE=DATE:20270330');
    expect(u).toContain('UID:supplies-best-before-20261201@beredt');
  });
  it('has a check event every 6 months, starting 6 months from today', () => {
    const u = unfold(ics);
    expect(u).toContain('UID:supplies-check@beredt');
    expect(u).toContain('DTSTART;VALUE=DATE:20270523');
    expect(u).toContain('RRULE:FREQ=MONTHLY;INTERVAL=6');
    expect(u).toContain('SUMMARY:Check your supply');
  });
  it('stamps events in UTC without milliseconds, and balances BEGIN/END', () => {
    expect(lines.filter((l) => l === 'DTSTAMP:20261123T101530Z')).toHaveLength(3);
    for (const c of ['VCALENDAR', 'VEVENT', 'VALARM']) {
      expect(lines.filter((l) => l === `BEGIN:${c}`).length).toBe(lines.filter((l) => l === `END:${c}`).length);
    }
  });
  it('every alarm has an action, a trigger and a description', () => {
    const alarms = unfold(ics).split('BEGIN:VALARM').slice(1).map((a) => a.split('END:VALARM')[0]!);
    expect(alarms).toHaveLength(3);
    for (const a of alarms) expect(a).toMatch(/ACTION:DISPLAY[\s\S]*TRIGGER:[\s\S]*DESCRIPTION:/);
  });
  it('the first check date avoids month ends the rule would skip', () => {
    expect(firstCheckDate('2026-08-31')).toBe('2027-02-28');
    expect(firstCheckDate('2026-11-30')).toBe('2027-05-28');
  });
  it('with no dated batches still has the check event', () => {
    const only = buildIcs([], '2026-11-23', labels, NOW);
    expect(only.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });
});
