import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, getStorageStatus, requestPersistence, type StorageStatus } from '../lib/storage/storage-status';

export function StorageStatusView() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const refresh = useCallback(() => {
    void getStorageStatus().then(setStatus);
  }, []);
  useEffect(refresh, [refresh]);

  if (!status) return <p role="status">{t('storage.checking')}</p>;
  if (!status.supported) return <p>{t('storage.unsupported')}</p>;
  const lang = i18n.resolvedLanguage ?? 'da';
  return (
    <div data-testid="storage-status">
      <p>{status.persisted ? t('storage.persisted') : t('storage.notPersisted')}</p>
      {status.usage !== undefined && status.quota !== undefined ? (
        <p>{t('storage.usage', { usage: formatBytes(status.usage, lang), quota: formatBytes(status.quota, lang) })}</p>
      ) : null}
      {!status.persisted ? (
        <button type="button" className="button" onClick={() => void requestPersistence().then(refresh)}>
          {t('storage.ask')}
        </button>
      ) : null}
    </div>
  );
}
