/**
 * Checks a plan the user is editing: hard errors (a phone number with letters) block saving
 * that field; the progress list tells what is still missing, in the issue's order.
 */
import type { Plan } from './plan-model';

export type PlanIssueCode = 'phoneInvalid' | 'nameMissing';

export interface PlanIssue {
  /** Dotted path of the field, e.g. `members.2.phone`: also the key for the field's error. */
  path: string;
  code: PlanIssueCode;
}

const PHONE = /^\(?\+?[0-9 ()\-./]*$/;

/** A phone number: digits with spaces, dashes, dots, brackets and a leading +; 3 to 15 digits. '' is fine. */
export function isValidPhone(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (!PHONE.test(v)) return false;
  const digits = v.replace(/\D/g, '').length;
  return digits >= 3 && digits <= 15;
}

/** Digits and a leading + only: the form for a `tel:` link. */
export function telHref(value: string): string | null {
  const v = value.trim();
  if (!v || !isValidPhone(v)) return null;
  return `tel:${/^\(?\+/.test(v) ? '+' : ''}${v.replace(/\D/g, '')}`;
}

/** Every field error in the plan. An entry with a phone but no name is flagged too. */
export function validatePlan(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const people: [string, { name: string; phone: string }[]][] = [
    ['members', plan.members],
    ['contacts', plan.contacts],
  ];
  for (const [key, rows] of people) {
    rows.forEach((r, i) => {
      if (!isValidPhone(r.phone)) issues.push({ path: `${key}.${i}.phone`, code: 'phoneInvalid' });
      if (!r.name.trim() && r.phone.trim()) issues.push({ path: `${key}.${i}.name`, code: 'nameMissing' });
    });
  }
  plan.numbers.forEach((n, i) => {
    if (!isValidPhone(n.number)) issues.push({ path: `numbers.${i}.number`, code: 'phoneInvalid' });
  });
  return issues;
}

export type PlanStep =
  | 'members'
  | 'contacts'
  | 'outsideContact'
  | 'meetingNearHome'
  | 'meetingOutsideArea'
  | 'children'
  | 'supplyLocation'
  | 'neighbours'
  | 'doctor';

export interface PlanProgress {
  done: PlanStep[];
  missing: PlanStep[];
}

/**
 * What is filled in and what is not. `children` and `neighbours` count as done when the user
 * has said there is nothing to add (an explicit empty-list choice is not stored, so they count
 * as missing until one entry exists; the UI words them as suggestions).
 */
export function planProgress(plan: Plan): PlanProgress {
  const named = <T extends { name: string }>(rows: T[]) => rows.some((r) => r.name.trim() !== '');
  const checks: [PlanStep, boolean][] = [
    ['members', named(plan.members)],
    ['contacts', named(plan.contacts)],
    ['outsideContact', plan.contacts.some((c) => c.outsideArea && c.name.trim() !== '' && c.phone.trim() !== '')],
    ['meetingNearHome', plan.meetingNearHome.description.trim() !== '' || plan.meetingNearHome.lat !== undefined],
    ['meetingOutsideArea', plan.meetingOutsideArea.description.trim() !== '' || plan.meetingOutsideArea.lat !== undefined],
    ['children', plan.childPickups.some((c) => c.collectedBy.trim() !== '')],
    ['supplyLocation', plan.supplyLocation.trim() !== ''],
    ['neighbours', named(plan.neighbours)],
    ['doctor', plan.numbers.some((n) => n.kind === 'doctor' && n.number.trim() !== '')],
  ];
  return {
    done: checks.filter(([, ok]) => ok).map(([s]) => s),
    missing: checks.filter(([, ok]) => !ok).map(([s]) => s),
  };
}

/** True when the plan holds anything the user typed (the defaults alone do not count). */
export function planHasContent(plan: Plan): boolean {
  return (
    plan.members.length > 0 ||
    plan.contacts.length > 0 ||
    plan.childPickups.length > 0 ||
    plan.neighbours.length > 0 ||
    plan.meetingNearHome.description.trim() !== '' ||
    plan.meetingOutsideArea.description.trim() !== '' ||
    plan.supplyLocation.trim() !== '' ||
    plan.notes.trim() !== '' ||
    plan.numbers.some((n) => n.number.trim() !== '' && !['emergency', 'police', 'medical', 'poison'].includes(n.kind))
  );
}
