/**
 * The update flow (prompt mode). A new service worker waits; this notice says so and lets the
 * user reload when it suits them — Beredt never reloads by itself while someone is editing.
 * It also checks for a new version when the app regains the network or the tab becomes visible.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

const HOUR = 60 * 60 * 1000;

export function UpdateNotice() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => {
        if (navigator.onLine) registration.update().catch(() => {});
      };
      window.addEventListener('online', check);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
      setInterval(check, HOUR);
    },
  });

  useEffect(() => {
    if (!offlineReady) return;
    const id = setTimeout(() => setOfflineReady(false), 8000);
    return () => clearTimeout(id);
  }, [offlineReady, setOfflineReady]);

  if (needRefresh) {
    return (
      <div className="toast" role="status" aria-live="polite" data-testid="update-notice">
        <p>{t('update.available')}</p>
        <div className="toast-actions">
          <button type="button" className="button button-primary" onClick={() => void updateServiceWorker(true)}>
            {t('update.reload')}
          </button>
          <button type="button" className="button" onClick={() => setNeedRefresh(false)}>
            {t('update.later')}
          </button>
        </div>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="toast" role="status" aria-live="polite" data-testid="offline-ready">
        <p>{t('update.offlineReady')}</p>
        <div className="toast-actions">
          <button type="button" className="button" onClick={() => setOfflineReady(false)}>
            {t('update.dismiss')}
          </button>
        </div>
      </div>
    );
  }
  return null;
}
