import { describe, expect, it } from 'vitest';
import { afterBackup, backupReminder, fingerprintOf, hashText, restoreBackupState, snooze } from './backup-reminder';

const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n));

describe('backup reminder', () => {
  it('stays quiet when there is nothing to back up', () => {
    expect(backupReminder({ now: day(0), state: {}, fingerprint: 'a', hasData: false })).toEqual({ show: false });
  });

  it('reminds when data exists and no backup was ever made', () => {
    expect(backupReminder({ now: day(0), state: {}, fingerprint: 'a', hasData: true })).toEqual({ show: true, reason: 'never', daysSince: null });
  });

  it('reminds after changes, and every 30 days even without changes', () => {
    const state = afterBackup({}, day(0), 'a');
    expect(backupReminder({ now: day(1), state, fingerprint: 'a', hasData: true })).toEqual({ show: false });
    expect(backupReminder({ now: day(1), state, fingerprint: 'b', hasData: true })).toEqual({ show: true, reason: 'changed', daysSince: 1 });
    expect(backupReminder({ now: day(29), state, fingerprint: 'a', hasData: true })).toEqual({ show: false });
    expect(backupReminder({ now: day(30), state, fingerprint: 'a', hasData: true })).toEqual({ show: true, reason: 'overdue', daysSince: 30 });
  });

  it('"later" silences it for a week', () => {
    const state = snooze(afterBackup({}, day(0), 'a'), day(1));
    expect(backupReminder({ now: day(7), state, fingerprint: 'b', hasData: true })).toEqual({ show: false });
    expect(backupReminder({ now: day(8), state, fingerprint: 'b', hasData: true }).show).toBe(true);
    expect(afterBackup(state, day(9), 'b').snoozedUntil).toBeUndefined();
  });

  it('repairs a damaged stored state', () => {
    expect(restoreBackupState('x')).toEqual({});
    expect(restoreBackupState({ lastBackupAt: 'not a date', fingerprint: 5, snoozedUntil: '2026-11-30T00:00:00Z' })).toEqual({
      snoozedUntil: '2026-11-30T00:00:00Z',
    });
  });

  it('fingerprints change with the data and not with key order of tables', () => {
    const a = fingerprintOf({ plan: [{ id: 'plan', x: 1 }], batches: [] }, { shelters: 3 });
    expect(fingerprintOf({ batches: [], plan: [{ id: 'plan', x: 1 }] }, { shelters: 3 })).toBe(a);
    expect(fingerprintOf({ batches: [], plan: [{ id: 'plan', x: 2 }] }, { shelters: 3 })).not.toBe(a);
    expect(fingerprintOf({ batches: [], plan: [{ id: 'plan', x: 1 }] }, { shelters: 4 })).not.toBe(a);
    expect(hashText('æøå')).not.toBe(hashText('aoa'));
  });
});
