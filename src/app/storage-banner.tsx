import { useTranslation } from 'react-i18next';
import { Notice } from '../components/notice';
import { clearStorageProblem, useDbStatus } from '../lib/db/db-status';

/** Says in plain words when what the user enters will not be kept, and why. */
export function StorageBanner() {
  const { t } = useTranslation();
  const status = useDbStatus();
  if (!status.problem) return null;
  const message =
    status.problem === 'failed' ? t('db.failed', { reason: status.reason ?? '?' }) : t(`db.${status.problem}`);
  const canReload = status.problem === 'versionChange' || status.problem === 'blocked';
  return (
    <Notice tone={status.problem === 'versionChange' ? 'info' : 'warning'} role="alert" className="storage-banner">
      <p>{message}</p>
      {canReload ? (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('db.reload')}
        </button>
      ) : null}
      {status.problem === 'quota' ? (
        <button type="button" className="button" onClick={clearStorageProblem}>
          {t('update.dismiss')}
        </button>
      ) : null}
    </Notice>
  );
}
