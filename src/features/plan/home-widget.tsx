/**
 * Start-page reminder to back up: shown when there is user data and no backup yet, after
 * changes since the last one, or 30 days after it. "Later" silences it for a week.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { snoozeReminder } from './db/reminder-repo';
import { useBackupReminder } from './hooks/use-backup-reminder';

export function HomeWidget() {
  const { t } = useTranslation('plan');
  const data = useBackupReminder();
  if (!data?.reminder.show) return null;
  const { reason, daysSince } = data.reminder;
  return (
    <section className="card plan-widget" aria-labelledby="plan-widget-title">
      <h2 id="plan-widget-title">{t('widget.title')}</h2>
      <p>{t(`widget.${reason}`, { days: daysSince ?? 0 })}</p>
      <div className="button-row">
        <Link href="/plan/backup" className="button button-primary">
          {t('widget.now')}
        </Link>
        <button type="button" className="button" onClick={() => void snoozeReminder().catch(() => undefined)}>
          {t('widget.later')}
        </button>
      </div>
    </section>
  );
}
