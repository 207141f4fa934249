/**
 * The plan as a file to share with family (works where a link or QR code is too long):
 *   { "app": "beredt", "kind": "plan", "format": 1, "exportedAt": "…", "plan": { … } }
 */
import { BACKUP_APP, BACKUP_KIND, PLAN_FILE_KIND } from './backup-format';
import { restorePlan, type Plan } from './plan-model';

export const PLAN_FILE_FORMAT = 1;
export const MAX_PLAN_FILE_BYTES = 512 * 1024;

export type PlanFileError = 'empty' | 'tooLarge' | 'notJson' | 'notPlan' | 'isBackup' | 'newerVersion';
export type PlanFileResult = { ok: true; plan: Plan } | { ok: false; error: PlanFileError };

export function serializePlanFile(plan: Plan, now: Date): string {
  return JSON.stringify({ app: BACKUP_APP, kind: PLAN_FILE_KIND, format: PLAN_FILE_FORMAT, exportedAt: now.toISOString(), plan }, null, 1);
}

/** Reads a plan file. Never throws. */
export function parsePlanFile(text: unknown): PlanFileResult {
  if (typeof text !== 'string') return { ok: false, error: 'notJson' };
  if (text.length > MAX_PLAN_FILE_BYTES) return { ok: false, error: 'tooLarge' };
  if (text.trim() === '') return { ok: false, error: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'notJson' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: 'notPlan' };
  const d = data as Record<string, unknown>;
  if (d.app !== BACKUP_APP) return { ok: false, error: 'notPlan' };
  if (d.kind === BACKUP_KIND) return { ok: false, error: 'isBackup' };
  if (d.kind !== PLAN_FILE_KIND || typeof d.format !== 'number' || !Number.isInteger(d.format) || d.format < 1) {
    return { ok: false, error: 'notPlan' };
  }
  if (d.format > PLAN_FILE_FORMAT) return { ok: false, error: 'newerVersion' };
  if (typeof d.plan !== 'object' || d.plan === null || Array.isArray(d.plan)) return { ok: false, error: 'notPlan' };
  return { ok: true, plan: restorePlan(d.plan) };
}
