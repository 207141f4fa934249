import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from './loading';
import { Link, useLocation } from 'wouter';
import { Notice } from '../../../components/notice';
import { Page } from '../../../components/page';
import { deleteDrill } from '../db/drills-repo';
import { formatElapsed } from '../domain/format';
import { csvFileName, drillReportCsv } from '../domain/report-csv';
import { summarizeDrill } from '../domain/summary';
import { useAction } from '../hooks/use-action';
import { useDrill } from '../hooks/use-drills';
import { useFormat } from '../hooks/use-format';
import { useDrillSummaries } from '../hooks/use-summaries';
import { DebriefForm } from './debrief-form';
import { downloadText } from '../../../lib/download';
import { ReportTables } from './report-tables';
import { TrendView } from './trend-view';

/** The printable report of one drill, its CSV, the debrief and the trend. */
export function ReportView({ id }: { id: string }) {
  const { t } = useTranslation('drills');
  const f = useFormat();
  const [, navigate] = useLocation();
  const data = useDrill(id);
  const all = useDrillSummaries();
  const summary = useMemo(() => (data ? summarizeDrill(data.drill, data.events, f.lang) : null), [data, f.lang]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { attempt, error } = useAction();

  if (data === undefined) return <Loading />;
  if (!data || !summary) {
    return (
      <Page title={t('report.title')} className="drills">
        <Notice tone="error" role="alert">{t('run.notFound')}</Notice>
        <Link href="/">{t('report.back')}</Link>
      </Page>
    );
  }
  const s = summary;
  const onCsv = () =>
    downloadText(csvFileName(`${t('csv.fileDrill')}-${s.schoolName}`, s.startedAt), drillReportCsv(s, (k) => t(k as 'csv.type')), 'text/csv');

  return (
    <Page title={t('report.heading', { scenario: s.scenarioName })} className="drills drill-report">
      <p className="no-print">
        <Link href="/">{t('report.back')}</Link>
      </p>
      {!s.ended ? (
        <Notice tone="warning">
          {t('report.notEnded')} <Link href={`/run/${id}`}>{t('home.continue')}</Link>
        </Notice>
      ) : null}
      <div className="button-row no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <button type="button" className="button" onClick={onCsv}>
          {t('report.csv')}
        </button>
      </div>
      <dl className="report-facts">
        <dt>{t('report.school')}</dt>
        <dd>{s.schoolName}</dd>
        {s.lead ? (
          <>
            <dt>{t('report.lead')}</dt>
            <dd>{s.lead}</dd>
          </>
        ) : null}
        <dt>{t('report.scenario')}</dt>
        <dd>{s.scenarioName}</dd>
        <dt>{t('report.start')}</dt>
        <dd>{f.dateTime(s.startedAt)}</dd>
        <dt>{t('report.end')}</dt>
        <dd>{s.endedAt !== null ? f.dateTime(s.endedAt) : t('report.none')}</dd>
        <dt>{t('report.duration')}</dt>
        <dd data-testid="report-duration">{s.durationMs !== null ? formatElapsed(s.durationMs) : t('report.none')}</dd>
        <dt>{t('report.allAccounted')}</dt>
        <dd data-testid="report-all-accounted">{s.allAccountedAtMs !== null ? formatElapsed(s.allAccountedAtMs) : t('report.notAccounted')}</dd>
      </dl>
      <p className="muted">{t('report.privacy')}</p>
      <ReportTables summary={s} />

      <h2>{t('report.debriefTitle')}</h2>
      <DebriefForm key={data.drill.id} drill={data.drill} />

      <h2>{t('trend.title')}</h2>
      {all ? <TrendView current={s} all={all} /> : null}

      <div className="no-print">
        {error ? <Notice tone="error" role="alert">{error}</Notice> : null}
        {confirmDelete ? (
          <Notice tone="warning" role="note">
            <p>{t('report.deleteConfirm')}</p>
            <div className="button-row">
              <button type="button" className="button button-danger" onClick={() => void attempt(() => deleteDrill(id)).then((ok) => ok && navigate('/'))}>
                {t('report.deleteYes')}
              </button>
              <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
                {t('report.deleteNo')}
              </button>
            </div>
          </Notice>
        ) : (
          <button type="button" className="button button-danger" onClick={() => setConfirmDelete(true)}>
            {t('report.delete')}
          </button>
        )}
      </div>
    </Page>
  );
}
