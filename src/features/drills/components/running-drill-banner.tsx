import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Notice } from '../../../components/notice';
import { localize } from '../domain/scenario';
import { useRunningDrill } from '../hooks/use-drills';
import { useFormat } from '../hooks/use-format';

/** "A drill is running – continue" on the start page; nothing when no drill runs. */
export default function RunningDrillBanner() {
  const { t } = useTranslation('drills');
  const f = useFormat();
  const running = useRunningDrill();
  if (!running) return null;
  return (
    <Notice tone="warning">
      <h2>{t('home.runningTitle')}</h2>
      <p>{t('home.runningText', { scenario: localize(running.scenario.name, f.lang), time: f.dateTime(running.startedAt) })}</p>
      <Link href={`/drills/run/${running.id}`} className="button button-primary">
        {t('home.continue')}
      </Link>
    </Notice>
  );
}
