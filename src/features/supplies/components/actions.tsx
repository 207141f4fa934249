/**
 * Runs a change (a repository call), reports storage failures in the user's language, and offers
 * Undo for changes that return an UndoRecord. One toast at a time, shown until closed or replaced.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';
import { clearStorageProblem, reportStorageError } from '../../../lib/db/db-status';
import { storageErrorCode, undo, type UndoRecord } from '../db/supplies-repo';

type Message = 'deleted' | 'changed' | 'hidden';

interface Actions {
  /** Runs `change`; on success shows `message` with Undo (if given). Returns false on failure. */
  run: (change: () => Promise<UndoRecord | unknown>, message?: Message) => Promise<boolean>;
}

const ActionsContext = createContext<Actions | null>(null);

export function useActions(): Actions {
  const ctx = useContext(ActionsContext);
  if (!ctx) throw new Error('useActions outside ActionsProvider');
  return ctx;
}

function isUndo(x: unknown): x is UndoRecord {
  return !!x && typeof x === 'object' && 'puts' in x && 'deletes' in x;
}

export function ActionsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('supplies');
  const [toast, setToast] = useState<{ text: string; record?: UndoRecord } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const toastRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The row that was deleted or hidden (and the button the user pressed) is gone: put focus on
    // the toast's first button (Undo, or Close after undoing) instead of losing it to the page.
    if (toast) toastRef.current?.querySelector('button')?.focus();
  }, [toast]);

  const fail = useCallback(
    (err: unknown) => {
      console.warn('Beredt supplies: a change was not saved', err);
      reportStorageError(err);
      const reason = storageErrorCode(err) === 'quota' ? t('storageQuota') : t('storageUnknown');
      setFailure(t('storageError', { reason }));
    },
    [t],
  );

  const run = useCallback<Actions['run']>(
    async (change, message) => {
      try {
        const result = await change();
        setFailure(null);
        // Stored after all (space was freed): the shell's "storage is full" banner is out of date.
        clearStorageProblem();
        if (message) setToast({ text: t(`undo.${message}`), record: isUndo(result) ? result : undefined });
        return true;
      } catch (err) {
        fail(err);
        return false;
      }
    },
    [t, fail],
  );

  const doUndo = async (record: UndoRecord) => {
    try {
      await undo(record);
      clearStorageProblem();
      setToast({ text: t('undo.done') });
    } catch (err) {
      fail(err);
    }
  };

  return (
    <ActionsContext.Provider value={{ run }}>
      {failure ? (
        <Notice tone="error" role="alert">
          <p>{failure}</p>
        </Notice>
      ) : null}
      {children}
      <div ref={toastRef} className={toast ? 'toast' : 'visually-hidden'} role="status">
        {toast ? (
          <>
            <p>{toast.text}</p>
            <div className="toast-actions">
              {toast.record ? (
                <button type="button" className="button button-primary" onClick={() => void doUndo(toast.record!)}>
                  {t('undo.action')}
                </button>
              ) : null}
              <button type="button" className="button" onClick={() => setToast(null)}>
                {t('undo.dismiss')}
              </button>
            </div>
          </>
        ) : null}
      </div>
    </ActionsContext.Provider>
  );
}
