/**
 * Roll-call arithmetic for one class: accounted + missing + absent + injured must equal the class
 * size. "Accounted" means seen at the assembly point (or in the room when sheltering), "absent"
 * means known not to be at school today, "injured" means found but hurt, "missing" means not found.
 * A class is all accounted for when every pupil is reported and nobody is missing.
 */
import { ROLL_CALL_FIELDS, type PupilStatus, type RollCallCounts, type RollCallField } from './types';

export const EMPTY_COUNTS: RollCallCounts = { accounted: 0, missing: 0, absent: 0, injured: 0 };

export type RollCallIssue =
  | { code: 'notWholeNumber'; field: RollCallField }
  | { code: 'negative'; field: RollCallField }
  | { code: 'overSize'; by: number }
  | { code: 'unreported'; count: number }
  | { code: 'missing'; count: number };

export type ClassStatus = 'notStarted' | 'counting' | 'missing' | 'overCount' | 'invalid' | 'accounted';

export function totalOf(c: RollCallCounts): number {
  return c.accounted + c.missing + c.absent + c.injured;
}

/**
 * Check counts against the class size. `ok` is true only when the counts add up exactly and
 * nobody is missing. Issues are listed so the UI can say what is wrong.
 */
export function validateRollCall(counts: RollCallCounts, size: number): { ok: boolean; issues: RollCallIssue[] } {
  const issues: RollCallIssue[] = [];
  for (const field of ROLL_CALL_FIELDS) {
    const v = counts[field];
    if (!Number.isInteger(v)) issues.push({ code: 'notWholeNumber', field });
    else if (v < 0) issues.push({ code: 'negative', field });
  }
  if (issues.length === 0) {
    const total = totalOf(counts);
    if (total > size) issues.push({ code: 'overSize', by: total - size });
    else if (total < size) issues.push({ code: 'unreported', count: size - total });
    if (counts.missing > 0) issues.push({ code: 'missing', count: counts.missing });
  }
  return { ok: issues.length === 0, issues };
}

/** Where a class stands. `null` counts mean no roll call has been started for it. */
export function classStatus(counts: RollCallCounts | null | undefined, size: number): ClassStatus {
  if (!counts) return 'notStarted';
  const { issues } = validateRollCall(counts, size);
  if (issues.length === 0) return 'accounted';
  if (issues.some((i) => i.code === 'notWholeNumber' || i.code === 'negative')) return 'invalid';
  if (issues.some((i) => i.code === 'overSize')) return 'overCount';
  if (issues.some((i) => i.code === 'missing')) return 'missing';
  return 'counting';
}

/** Pupils not yet reported in any of the four counts (never negative). */
export function unreported(counts: RollCallCounts, size: number): number {
  return Math.max(0, size - totalOf(counts));
}

/**
 * Change one count by `delta` (a tap on + or −). The result never goes below zero and never takes
 * the total above the class size: a + when everyone is reported does nothing.
 */
export function adjustCount(counts: RollCallCounts, field: RollCallField, delta: number, size: number): RollCallCounts {
  const others = totalOf(counts) - counts[field];
  const max = Math.max(0, size - others);
  const next = Math.min(max, Math.max(0, counts[field] + Math.trunc(delta)));
  return { ...counts, [field]: next };
}

/** Set one count to a typed value, clamped like adjustCount. Non-numbers count as zero. */
export function setCount(counts: RollCallCounts, field: RollCallField, value: number, size: number): RollCallCounts {
  const v = Number.isFinite(value) ? Math.trunc(value) : 0;
  return adjustCount({ ...counts, [field]: 0 }, field, v, size);
}

/** Report every pupil not yet reported as `field` (default: accounted). */
export function fillRest(counts: RollCallCounts, size: number, field: RollCallField = 'accounted'): RollCallCounts {
  return { ...counts, [field]: counts[field] + unreported(counts, size) };
}

/** Counts from per-pupil marks; pupils without a mark stay unreported. */
export function countsFromPupils(marks: Record<string, PupilStatus>, pupilIds: readonly string[]): RollCallCounts {
  const counts = { ...EMPTY_COUNTS };
  for (const id of pupilIds) {
    const status = marks[id];
    if (status) counts[status] += 1;
  }
  return counts;
}

/** Sum counts over classes. */
export function sumCounts(list: readonly RollCallCounts[]): RollCallCounts {
  const total = { ...EMPTY_COUNTS };
  for (const c of list) for (const f of ROLL_CALL_FIELDS) total[f] += c[f];
  return total;
}
