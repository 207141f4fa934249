import { useTranslation } from 'react-i18next';
import { formatElapsed } from '../domain/format';
import { localize } from '../domain/scenario';
import type { TargetResult } from '../domain/targets';
import { useFormat } from '../hooks/use-format';

/** Targets with their status (met / missed / in progress) and the time reached. */
export function TargetList({ results }: { results: TargetResult[] }) {
  const { t } = useTranslation('drills');
  const f = useFormat();
  return (
    <ul className="target-list">
      {results.map((r) => (
        <li key={r.target.id}>
          <span className={`badge badge-${r.status}`}>{t(`target.${r.status}`)}</span> {localize(r.target.text, f.lang)}
          {r.actualMs !== null ? ` · ${formatElapsed(r.actualMs)}` : ''}
        </li>
      ))}
    </ul>
  );
}
