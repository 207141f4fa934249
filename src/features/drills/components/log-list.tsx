import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatElapsed } from '../domain/format';
import { csvFileName, drillLogCsv } from '../domain/report-csv';
import type { DrillSummary } from '../domain/summary';
import { useFormat } from '../hooks/use-format';
import { downloadText } from '../../../lib/download';

/** Earlier drills, newest first, each linking to its report; the whole log as CSV. */
export function LogList({ summaries }: { summaries: DrillSummary[] }) {
  const { t } = useTranslation('drills');
  const f = useFormat();
  if (summaries.length === 0) return <p>{t('home.logEmpty')}</p>;
  const ended = summaries.filter((s) => s.ended);
  return (
    <>
      <ul className="log-list">
        {summaries.map((s) => (
          <li key={s.drillId}>
            <Link href={s.ended ? `/report/${s.drillId}` : `/run/${s.drillId}`}>
              {t('home.logItem', { date: f.dateTime(s.startedAt), scenario: s.scenarioName })}
            </Link>{' '}
            <span className="muted">
              {!s.ended
                ? t('home.logRunning')
                : s.allAccountedAtMs !== null
                  ? t('home.logAccounted', { time: formatElapsed(s.allAccountedAtMs) })
                  : t('home.logNotAccounted')}
            </span>
          </li>
        ))}
      </ul>
      {ended.length ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => downloadText(csvFileName(t('csv.fileLog'), Date.now()), drillLogCsv(ended, (k) => t(k as 'csv.type')), 'text/csv')}>
            {t('home.logCsv')}
          </button>
        </div>
      ) : null}
    </>
  );
}
