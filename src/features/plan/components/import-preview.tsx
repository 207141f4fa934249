import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '../domain/import-plan';

/** The table of what an import will change, per kind of data. */
export function ImportPreview({ plan }: { plan: ImportPlan }) {
  const { t } = useTranslation('plan');
  const rows = plan.changes.filter((c) => c.incoming || c.removed);
  const cols = ['added', 'updated', 'unchanged', 'removed', 'skipped'] as const;
  return (
    <>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="plan-preview-caption">
        <table className="plan-preview">
          <caption id="plan-preview-caption">{t('backup.previewTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backup.table')}</th>
              {cols.map((c) => (
                <th key={c} scope="col">
                  {t(`backup.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.table}>
                <th scope="row">{t(`backup.tables.${c.table}`)}</th>
                {cols.map((k) => (
                  <td key={k} className={k === 'removed' && c[k] ? 'plan-removed' : undefined}>
                    {c[k]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {plan.totals.skipped ? <p>{t('backup.skippedNote', { count: plan.totals.skipped })}</p> : null}
      {plan.writes.length === 0 ? <p>{t('backup.nothing')}</p> : null}
    </>
  );
}
