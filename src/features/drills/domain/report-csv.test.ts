import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { makeDrill, makeEvents, rc, T0 } from './test-fixtures/drills';
import { csvFileName, CSV_KEYS, drillLogCsv, drillLogRows, drillReportCsv, drillReportRows } from './report-csv';
import { summarizeDrill } from './summary';

const t = (k: string) => k.replace('csv.', '');
const TZ = 'Europe/Copenhagen';

function endedSummary(id = 'd1', startedAt = T0, acc = 95) {
  const drill = makeDrill({ id, startedAt, status: 'ended', endedAt: startedAt + 200_000, durationMs: 200_000, notes: 'Øvelse; "varslet"', debrief: { worked: 'Hurtig optælling', improve: '=Flere skilte' } });
  const events = makeEvents(
    [
      [0, { type: 'start' }],
      [5, { type: 'step', stepId: 'alarm', done: true }],
      [90, { type: 'step', stepId: 'out', done: true }],
      [acc, rc('c1', 18, 0, 2)],
      [acc + 5, rc('c2', 9, 0, 0, 1)],
      [120, { type: 'note', text: 'Dør 3 låst' }],
      [200, { type: 'end' }],
    ],
    id,
  ).map((e) => ({ ...e, at: e.at - T0 + startedAt }));
  return summarizeDrill(drill, events, 'da');
}

describe('drillReportRows', () => {
  const rows = drillReportRows(endedSummary(), t, { timeZone: TZ });
  const byType = (type: string) => rows.filter((r) => r[0] === type);

  it('has a header and the same number of columns on every row', () => {
    expect(rows[0]).toEqual(['type', 'name', 'pupils', 'accounted', 'missing', 'absent', 'injured', 'unreported', 'seconds', 'clock', 'result', 'note']);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([12]));
  });
  it('holds the counts and the time to all accounted per class and for the school', () => {
    expect(byType('rowClass')).toEqual([
      ['rowClass', '3.A', 20, 18, 0, 2, 0, 0, 95, null, null, 'Jens · Fodboldbanen'],
      ['rowClass', '4.B', 10, 9, 0, 0, 1, 0, 100, null, null, 'Mette'],
    ]);
    expect(byType('rowTotal')).toEqual([['rowTotal', 'Søndre Skole', 30, 27, 0, 2, 1, 0, 100, null, null, null]]);
  });
  it('holds the start and end clock times and the duration', () => {
    expect(byType('rowDrill')[0]).toEqual(['rowDrill', 'Brandøvelse', null, null, null, null, null, null, 200, '2026-11-23 10:15:00', null, null]);
    expect(byType('rowEnd')[0]![9]).toBe('2026-11-23 10:18:20');
  });
  it('holds steps with times, targets with results, notes and the debrief', () => {
    expect(byType('rowStep').map((r) => [r[1], r[8], r[9]])).toEqual([
      ['Alarmen lyder', 5, '2026-11-23 10:15:05'],
      ['Alle er ude', 90, '2026-11-23 10:16:30'],
    ]);
    expect(byType('rowTarget').map((r) => [r[1], r[8], r[10]])).toEqual([
      ['Ude på 3 min', 90, 'met'],
      ['Talt op på 6 min', 100, 'met'],
    ]);
    expect(byType('rowNote')[0]).toContain('Dør 3 låst');
    expect(byType('rowWorked')[0]![11]).toBe('Hurtig optælling');
  });
  it('a class with no roll call shows everyone unreported', () => {
    const s = summarizeDrill(makeDrill(), makeEvents([[0, { type: 'start' }]]), 'en');
    expect(drillReportRows(s, t).filter((r) => r[0] === 'rowClass')[0]).toEqual(['rowClass', '3.A', 20, 0, 0, 0, 0, 20, null, null, null, 'Jens · Fodboldbanen']);
  });
  it('the CSV text parses back with Danish letters, the quoted note and a defused formula', () => {
    const parsed = parseCsv(drillReportCsv(endedSummary(), t, { timeZone: TZ }));
    expect(parsed.find((r) => r[0] === 'rowClass')).toEqual(['rowClass', '3.A', '20', '18', '0', '2', '0', '0', '95', '', '', 'Jens · Fodboldbanen']);
    expect(parsed.find((r) => r[0] === 'rowNotes')![11]).toBe('Øvelse; "varslet"');
    expect(parsed.find((r) => r[0] === 'rowImprove')![11]).toBe("'=Flere skilte");
  });
  it('never contains pupil names (the drill record has none to write)', () => {
    expect(JSON.stringify(makeDrill())).not.toMatch(/pupils/);
  });
});

describe('drillLogRows', () => {
  it('one row per drill, oldest first, with counts, times and targets met', () => {
    const a = endedSummary('a', T0 + 86_400_000, 80);
    const b = endedSummary('b', T0, 95);
    const rows = drillLogRows([a, b], t, { timeZone: TZ });
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(['2026-11-23 10:15:00', 'Brandøvelse', 'Søndre Skole', 200, 30, 27, 0, 2, 1, 0, 100, 2, 2]);
    expect(rows[2]![10]).toBe(85);
    expect(parseCsv(drillLogCsv([a, b], t, { timeZone: TZ }))).toHaveLength(3);
  });
  it('every CSV key is a short identifier', () => {
    for (const k of CSV_KEYS) expect(k).toMatch(/^[a-zA-Z]+$/);
  });
});

describe('csvFileName', () => {
  it('is ASCII with the local date and time', () => {
    expect(csvFileName('Øvelse på Åbo Skole', T0, TZ)).toBe('oevelse-paa-aabo-skole-2026-11-23-10-15.csv');
    expect(csvFileName('Вправа', T0, TZ)).toBe('drill-2026-11-23-10-15.csv');
  });
});
