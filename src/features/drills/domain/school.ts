/**
 * The school set-up: checking it, and freezing it into a drill without pupil names (names stay
 * in the school record on this device and are never copied into a drill, report or CSV).
 */
import { SCHOOL_ID, type DrillClass, type School } from './types';

export const MAX_CLASS_SIZE = 500;

export type SchoolIssue =
  | { path: 'name'; code: 'required' }
  | { path: 'classes'; code: 'required' }
  | { path: `classes.${number}.name`; code: 'required' | 'duplicate' }
  | { path: `classes.${number}.size`; code: 'range' | 'namesMismatch' };

export function emptySchool(): School {
  return { id: SCHOOL_ID, name: '', lead: '', classes: [], assemblyPoints: [], updatedAt: '' };
}

/** Parse pupil names typed one per line (blank lines and surrounding spaces dropped). */
export function parseNames(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function validateSchool(school: School): SchoolIssue[] {
  const issues: SchoolIssue[] = [];
  if (!school.name.trim()) issues.push({ path: 'name', code: 'required' });
  if (school.classes.length === 0) issues.push({ path: 'classes', code: 'required' });
  const seen = new Set<string>();
  school.classes.forEach((c, i) => {
    const name = c.name.trim().toLocaleLowerCase('da');
    if (!name) issues.push({ path: `classes.${i}.name`, code: 'required' });
    else if (seen.has(name)) issues.push({ path: `classes.${i}.name`, code: 'duplicate' });
    seen.add(name);
    if (!Number.isInteger(c.size) || c.size < 1 || c.size > MAX_CLASS_SIZE) {
      issues.push({ path: `classes.${i}.size`, code: 'range' });
    } else if (c.pupils.length > 0 && c.pupils.length !== c.size) {
      issues.push({ path: `classes.${i}.size`, code: 'namesMismatch' });
    }
  });
  return issues;
}

/** The classes as frozen into a drill: no pupil names, the assembly point by name. */
export function toDrillClasses(school: School): DrillClass[] {
  const points = new Map(school.assemblyPoints.map((p) => [p.id, p.name]));
  return school.classes.map((c) => {
    const point = c.assemblyPointId ? points.get(c.assemblyPointId) : undefined;
    return { id: c.id, name: c.name.trim(), size: c.size, adult: c.adult.trim(), ...(point ? { assemblyPoint: point } : {}) };
  });
}
