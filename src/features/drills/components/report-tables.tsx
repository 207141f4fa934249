import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatElapsed } from '../domain/format';
import type { DrillSummary } from '../domain/summary';
import { useFormat } from '../hooks/use-format';

/** A table that may scroll sideways on a phone: focusable, so it scrolls by keyboard too. */
function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

/** The report's tables: targets, classes with counts and times, steps, notes. */
export function ReportTables({ summary: s }: { summary: DrillSummary }) {
  const { t } = useTranslation('drills');
  const f = useFormat();
  const none = t('report.none');
  const time = (ms: number | null) => (ms !== null ? formatElapsed(ms) : none);
  const field = (k: 'accounted' | 'missing' | 'absent' | 'injured') => t(`rollcall.fields.${k}`);
  return (
    <>
      {s.targets.length ? (
        <>
          <h2>{t('report.targetsTitle')}</h2>
          <TableWrap label={t('report.targetsTitle')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('report.target')}</th>
                  <th scope="col" className="num">{t('report.time')}</th>
                  <th scope="col">{t('report.result')}</th>
                </tr>
              </thead>
              <tbody>
                {s.targets.map((r) => (
                  <tr key={r.target.id}>
                    <td>{r.text}</td>
                    <td className="num">{time(r.actualMs)}</td>
                    <td>
                      <span className={`badge badge-${r.status}`}>{t(`target.${r.status}`)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      ) : null}

      <h2>{t('report.classesTitle')}</h2>
      <TableWrap label={t('report.classesTitle')}>
        <table data-testid="report-classes">
          <thead>
            <tr>
              <th scope="col">{t('report.class')}</th>
              <th scope="col" className="num">{t('report.pupils')}</th>
              <th scope="col" className="num">{field('accounted')}</th>
              <th scope="col" className="num">{field('missing')}</th>
              <th scope="col" className="num">{field('absent')}</th>
              <th scope="col" className="num">{field('injured')}</th>
              <th scope="col" className="num">{t('report.unreported')}</th>
              <th scope="col" className="num">{t('report.classAccounted')}</th>
            </tr>
          </thead>
          <tbody>
            {s.classes.map((c) => {
              const n = c.counts;
              const left = n ? Math.max(0, c.cls.size - n.accounted - n.missing - n.absent - n.injured) : c.cls.size;
              return (
                <tr key={c.cls.id}>
                  <th scope="row">{c.cls.name}</th>
                  <td className="num">{c.cls.size}</td>
                  <td className="num">{n?.accounted ?? 0}</td>
                  <td className="num">{n?.missing ?? 0}</td>
                  <td className="num">{n?.absent ?? 0}</td>
                  <td className="num">{n?.injured ?? 0}</td>
                  <td className="num">{left}</td>
                  <td className="num">{time(c.accountedAtMs)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('report.total')}</th>
              <td className="num">{s.totals.size}</td>
              <td className="num">{s.totals.accounted}</td>
              <td className="num">{s.totals.missing}</td>
              <td className="num">{s.totals.absent}</td>
              <td className="num">{s.totals.injured}</td>
              <td className="num">{s.totals.unreported}</td>
              <td className="num">{time(s.allAccountedAtMs)}</td>
            </tr>
          </tfoot>
        </table>
      </TableWrap>

      <h2>{t('report.stepsTitle')}</h2>
      <TableWrap label={t('report.stepsTitle')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('report.step')}</th>
              <th scope="col" className="num">{t('report.time')}</th>
            </tr>
          </thead>
          <tbody>
            {s.steps.map((st) => (
              <tr key={st.id}>
                <td>{st.text}</td>
                <td className="num">{st.doneAtMs !== null ? `${formatElapsed(st.doneAtMs)} (${f.time(st.doneAt!)})` : none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>

      {s.notes.length ? (
        <>
          <h2>{t('report.notesTitle')}</h2>
          <ul>
            {s.notes.map((n, i) => (
              <li key={i}>
                {formatElapsed(n.elapsedMs)} – {n.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
