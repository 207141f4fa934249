/**
 * The rows of the drill CSV files. Labels come from the caller's translation function, so this
 * stays pure and the headers follow the user's language.
 *
 * Times are whole seconds (a number column a spreadsheet can sum and chart) and local
 * "YYYY-MM-DD HH:MM:SS" clock times. Pupil names are never written.
 */
import { toCsv, type CsvValue } from './csv';
import { formatLocalDateTime, toSeconds } from './format';
import type { DrillSummary } from './summary';

export type Translate = (key: string) => string;

/** Keys (under `csv.`) the caller must translate. */
export const CSV_KEYS = [
  'type', 'name', 'pupils', 'accounted', 'missing', 'absent', 'injured', 'unreported', 'seconds', 'clock', 'result', 'note',
  'rowSchool', 'rowDrill', 'rowEnd', 'rowStep', 'rowClass', 'rowTotal', 'rowTarget', 'rowNote', 'rowNotes', 'rowWorked', 'rowImprove',
  'met', 'missed', 'pending', 'start', 'scenario', 'school', 'duration', 'allAccounted', 'targetsMet', 'targets',
] as const;

interface Opts {
  timeZone?: string;
}

/** One drill in detail: school, drill, steps, classes, total, targets, notes, debrief. */
export function drillReportRows(s: DrillSummary, t: Translate, opts: Opts = {}): CsvValue[][] {
  const L = (k: (typeof CSV_KEYS)[number]) => t(`csv.${k}`);
  const clock = (ms: number | null) => (ms === null ? null : formatLocalDateTime(ms, opts.timeZone));
  const rows: CsvValue[][] = [
    [L('type'), L('name'), L('pupils'), L('accounted'), L('missing'), L('absent'), L('injured'), L('unreported'), L('seconds'), L('clock'), L('result'), L('note')],
    [L('rowSchool'), s.schoolName, s.totals.size, null, null, null, null, null, null, null, null, s.lead],
    [L('rowDrill'), s.scenarioName, null, null, null, null, null, null, toSeconds(s.durationMs), clock(s.startedAt), null, null],
  ];
  if (s.endedAt !== null) rows.push([L('rowEnd'), s.scenarioName, null, null, null, null, null, null, toSeconds(s.durationMs), clock(s.endedAt), null, null]);
  for (const step of s.steps) {
    rows.push([L('rowStep'), step.text, null, null, null, null, null, null, toSeconds(step.doneAtMs), clock(step.doneAt), null, null]);
  }
  for (const c of s.classes) {
    const n = c.counts;
    const unrep = n ? Math.max(0, c.cls.size - n.accounted - n.missing - n.absent - n.injured) : c.cls.size;
    rows.push([
      L('rowClass'), c.cls.name, c.cls.size, n?.accounted ?? 0, n?.missing ?? 0, n?.absent ?? 0, n?.injured ?? 0, unrep,
      toSeconds(c.accountedAtMs), null, null, [c.cls.adult, c.cls.assemblyPoint].filter(Boolean).join(' · ') || null,
    ]);
  }
  const tot = s.totals;
  rows.push([L('rowTotal'), s.schoolName, tot.size, tot.accounted, tot.missing, tot.absent, tot.injured, tot.unreported, toSeconds(s.allAccountedAtMs), null, null, null]);
  for (const r of s.targets) {
    rows.push([L('rowTarget'), r.text, null, null, null, null, null, null, toSeconds(r.actualMs), null, L(r.status), null]);
  }
  for (const n of s.notes) rows.push([L('rowNote'), null, null, null, null, null, null, null, toSeconds(n.elapsedMs), null, null, n.text]);
  if (s.drillNotes.trim()) rows.push([L('rowNotes'), null, null, null, null, null, null, null, null, null, null, s.drillNotes]);
  if (s.debrief.worked.trim()) rows.push([L('rowWorked'), null, null, null, null, null, null, null, null, null, null, s.debrief.worked]);
  if (s.debrief.improve.trim()) rows.push([L('rowImprove'), null, null, null, null, null, null, null, null, null, null, s.debrief.improve]);
  return rows;
}

/** Every drill, one row each, for the log and trend. */
export function drillLogRows(list: readonly DrillSummary[], t: Translate, opts: Opts = {}): CsvValue[][] {
  const L = (k: (typeof CSV_KEYS)[number]) => t(`csv.${k}`);
  const rows: CsvValue[][] = [
    [L('start'), L('scenario'), L('school'), L('duration'), L('pupils'), L('accounted'), L('missing'), L('absent'), L('injured'), L('unreported'), L('allAccounted'), L('targetsMet'), L('targets')],
  ];
  for (const s of [...list].sort((a, b) => a.startedAt - b.startedAt)) {
    const met = s.targets.filter((r) => r.status === 'met').length;
    rows.push([
      formatLocalDateTime(s.startedAt, opts.timeZone), s.scenarioName, s.schoolName, toSeconds(s.durationMs), s.totals.size,
      s.totals.accounted, s.totals.missing, s.totals.absent, s.totals.injured, s.totals.unreported, toSeconds(s.allAccountedAtMs),
      met, s.targets.length,
    ]);
  }
  return rows;
}

export const drillReportCsv = (s: DrillSummary, t: Translate, opts?: Opts) => toCsv(drillReportRows(s, t, opts));
export const drillLogCsv = (list: readonly DrillSummary[], t: Translate, opts?: Opts) => toCsv(drillLogRows(list, t, opts));

/** A file name like "oevelse-2026-11-23-1015.csv" (ASCII only, safe on every system). */
export function csvFileName(prefix: string, epochMs: number, timeZone?: string): string {
  const stamp = formatLocalDateTime(epochMs, timeZone).replace(/[: ]/g, '-').slice(0, 16);
  const safe = prefix
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'oe')
    .replace(/å/gi, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase();
  return `${safe.replace(/^-|-$/g, '') || 'drill'}-${stamp}.csv`;
}
