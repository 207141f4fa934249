/**
 * Runs a repository write and turns a failure into a message in the user's language (a full
 * disk, a blocked database, a drill that ended in another tab). Nothing already stored is lost.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyDbError, clearStorageProblem, reportStorageError } from '../../../lib/db/db-status';
import { DrillError } from '../db/drills-repo';

export function useAction() {
  const { t } = useTranslation('drills');
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
      try {
        const result = await fn();
        setError(null);
        // Stored after all (space was freed): the shell's "storage is full" banner is out of date.
        clearStorageProblem();
        return result;
      } catch (err) {
        console.warn('drills: write failed', err);
        reportStorageError(err);
        setError(
          err instanceof DrillError
            ? t(`errors.${err.code}`)
            : classifyDbError(err) === 'quota'
              ? t('errors.quota')
              : t('errors.save', { message: err instanceof Error ? err.message : String(err) }),
        );
        return undefined;
      }
    },
    [t],
  );
  /** Like run, for writes without a result: true when it was stored. */
  const attempt = useCallback(
    async (fn: () => Promise<unknown>): Promise<boolean> => {
      let ok = false;
      await run(async () => {
        await fn();
        ok = true;
      });
      return ok;
    },
    [run],
  );
  return { run, attempt, error, clearError: () => setError(null) };
}
