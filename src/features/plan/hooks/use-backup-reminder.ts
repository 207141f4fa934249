import { useLiveQuery } from 'dexie-react-hooks';
import { currentFingerprint, getBackupState } from '../db/reminder-repo';
import { backupReminder, type BackupState, type Reminder } from '../domain/backup-reminder';

/** The backup reminder for now; re-evaluated whenever user data or the backup state changes. */
export function useBackupReminder(): { reminder: Reminder; state: BackupState } | undefined {
  return useLiveQuery(async () => {
    const [state, { fingerprint, hasData }] = await Promise.all([getBackupState(), currentFingerprint()]);
    return { reminder: backupReminder({ now: new Date(), state, fingerprint, hasData }), state };
  }, []);
}
