/**
 * When to remind the user to make a backup, and why. Browsers may delete a site's data (low
 * storage, "clear history", a long time unused), so a file outside the browser is the only safe
 * copy. Gentle: once the data has changed since the last backup, or 30 days after it, and not
 * again for a week after "later".
 */

export const REMINDER_INTERVAL_DAYS = 30;
export const SNOOZE_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

/** Kept in the settings table under 'plan.backupState' (device-local, never in a backup). */
export interface BackupState {
  /** ISO time of the last backup file made (export, or the automatic one before a replace). */
  lastBackupAt?: string;
  /** Fingerprint of the user data at that time. */
  fingerprint?: string;
  /** ISO time until which the reminder stays quiet. */
  snoozedUntil?: string;
}

export type ReminderReason = 'never' | 'changed' | 'overdue';

export type Reminder = { show: false } | { show: true; reason: ReminderReason; daysSince: number | null };

export interface ReminderInput {
  now: Date;
  state: BackupState;
  /** Fingerprint of the user data now. */
  fingerprint: string;
  /** Is there any user data worth backing up? */
  hasData: boolean;
}

const time = (iso: string | undefined): number | null => {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
};

export function backupReminder({ now, state, fingerprint, hasData }: ReminderInput): Reminder {
  if (!hasData) return { show: false };
  const snoozed = time(state.snoozedUntil);
  if (snoozed !== null && snoozed > now.getTime()) return { show: false };
  const last = time(state.lastBackupAt);
  if (last === null) return { show: true, reason: 'never', daysSince: null };
  const daysSince = Math.max(0, Math.floor((now.getTime() - last) / DAY));
  if (daysSince >= REMINDER_INTERVAL_DAYS) return { show: true, reason: 'overdue', daysSince };
  if (state.fingerprint !== fingerprint) return { show: true, reason: 'changed', daysSince };
  return { show: false };
}

export function afterBackup(state: BackupState, now: Date, fingerprint: string): BackupState {
  return { ...state, lastBackupAt: now.toISOString(), fingerprint, snoozedUntil: undefined };
}

export function snooze(state: BackupState, now: Date): BackupState {
  return { ...state, snoozedUntil: new Date(now.getTime() + SNOOZE_DAYS * DAY).toISOString() };
}

/** Repairs whatever is stored under the state key. */
export function restoreBackupState(raw: unknown): BackupState {
  if (typeof raw !== 'object' || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const s: BackupState = {};
  if (typeof r.lastBackupAt === 'string' && time(r.lastBackupAt) !== null) s.lastBackupAt = r.lastBackupAt;
  if (typeof r.fingerprint === 'string') s.fingerprint = r.fingerprint.slice(0, 64);
  if (typeof r.snoozedUntil === 'string' && time(r.snoozedUntil) !== null) s.snoozedUntil = r.snoozedUntil;
  return s;
}

/** A short, stable hash (cyrb53) of a string: enough to notice that data changed. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Fingerprint of the user data: small tables in full, the two that can grow large (imported
 * shelters, drill taps) by their row count (their sources and drill rows change with them).
 */
export function fingerprintOf(small: Record<string, readonly unknown[]>, counts: Record<string, number>): string {
  const names = Object.keys(small).sort();
  const parts = names.map((n) => `${n}:${JSON.stringify(small[n])}`);
  const countPart = Object.keys(counts)
    .sort()
    .map((n) => `${n}#${counts[n]}`);
  return hashText([...parts, ...countPart].join('\n'));
}
