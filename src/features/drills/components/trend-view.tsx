import { useTranslation } from 'react-i18next';
import { formatElapsed } from '../domain/format';
import type { DrillSummary } from '../domain/summary';
import { compareWithEarlier } from '../domain/trend';
import { useFormat } from '../hooks/use-format';

/** This drill against earlier drills of the same scenario: a sentence, a few figures, bars. */
export function TrendView({ current, all }: { current: DrillSummary; all: DrillSummary[] }) {
  const { t } = useTranslation('drills');
  const f = useFormat();
  const c = compareWithEarlier(current, all);
  if (c.points.length < 2) return <p>{t('trend.none')}</p>;
  const max = Math.max(1, ...c.points.map((p) => p.allAccountedMs ?? 0));
  return (
    <>
      <p>
        {c.direction === null
          ? t('trend.noTime')
          : c.direction === 'same'
            ? t('trend.same')
            : t(`trend.${c.direction}`, { time: formatElapsed(Math.abs(c.deltaMs!)) })}
      </p>
      <ul>
        {c.bestEarlierMs !== null ? <li>{t('trend.best', { time: formatElapsed(c.bestEarlierMs) })}</li> : null}
        {c.averageEarlierMs !== null ? <li>{t('trend.average', { time: formatElapsed(c.averageEarlierMs) })}</li> : null}
      </ul>
      <h3>{t('trend.chartLabel')}</h3>
      <ul className="trend-bars">
        {c.points.map((p) => (
          <li key={p.drillId}>
            <span>
              {f.date(p.startedAt)}
              {p.drillId === current.drillId ? <span className="visually-hidden"> ({t('trend.current')})</span> : null}
            </span>
            <span
              className={`trend-bar${p.drillId === current.drillId ? ' trend-bar-current' : ''}`}
              style={{ width: `${Math.round(((p.allAccountedMs ?? 0) / max) * 100)}%` }}
              aria-hidden="true"
            />
            <span>{p.allAccountedMs !== null ? formatElapsed(p.allAccountedMs) : t('report.none')}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
