import { useLiveQuery } from 'dexie-react-hooks';
import { currentFingerprint, getBackupState } from '../db/reminder-repo';
import { backupReminder, type BackupState, type Reminder } from '../domain/backup-reminder';

/**
 * The backup reminder for now; re-evaluated whenever user data or the backup state changes.
 * Without a usable database it stays silent (the shell's storage banner says why).
 */
export function useBackupReminder(): { reminder: Reminder; state: BackupState } | undefined {
  return useLiveQuery(async () => {
    try {
      const [state, { fingerprint, hasData }] = await Promise.all([getBackupState(), currentFingerprint()]);
      return { reminder: backupReminder({ now: new Date(), state, fingerprint, hasData }), state };
    } catch {
      return undefined;
    }
  }, []);
}
