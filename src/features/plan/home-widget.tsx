/**
 * Start-page reminder to back up: shown when there is user data and no backup yet, after
 * changes since the last one, or 30 days after it. "Later" silences it for a week.
 *
 * The plan's strings are loaded only when the reminder is due (no Suspense: the start page
 * never waits for them), so a fresh start page pays only for the small reminder query.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { snoozeReminder } from './db/reminder-repo';
import type { ReminderReason } from './domain/backup-reminder';
import { useBackupReminder } from './hooks/use-backup-reminder';

export function HomeWidget() {
  const data = useBackupReminder();
  if (!data?.reminder.show) return null;
  return <Reminder reason={data.reminder.reason} days={data.reminder.daysSince ?? 0} />;
}

function Reminder({ reason, days }: { reason: ReminderReason; days: number }) {
  const { t, ready } = useTranslation('plan', { useSuspense: false });
  if (!ready) return null;
  return (
    <section className="card plan-widget" aria-labelledby="plan-widget-title">
      <h2 id="plan-widget-title">{t('widget.title')}</h2>
      <p>{t(`widget.${reason}`, { days })}</p>
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
