/**
 * What has expired and what expires within 30 days, the rotation tip, and the .ics download.
 */
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../../lib/download';
import { expiringBatches } from '../domain/expiry';
import { buildIcs, type IcsBestBefore } from '../domain/ics';
import type { Batch, CatalogueItem, CustomItem } from '../domain/types';
import { useFormat } from './use-format';

interface Props {
  batches: Batch[];
  catalogue: CatalogueItem[];
  customItems: CustomItem[];
  today: string;
}

export function ExpirySection({ batches, catalogue, customItems, today }: Props) {
  const { t } = useTranslation('supplies');
  const f = useFormat();
  const byId = new Map<string, CatalogueItem | CustomItem>([...catalogue, ...customItems].map((i) => [i.id, i]));
  const entries = expiringBatches(batches, today);
  const expired = entries.filter((e) => e.status === 'expired');
  const soon = entries.filter((e) => e.status === 'soon');
  const describe = (b: Batch) => {
    const it = byId.get(b.itemId);
    return `${f.itemName(it) || b.itemId} (${f.number(b.quantity)} ${it ? f.unit(it.unit, b.quantity) : ''})`.replace(' )', ')');
  };

  const download = () => {
    const dated: IcsBestBefore[] = batches.filter((b) => b.bestBefore).map((b) => ({ date: b.bestBefore!, items: [describe(b)] }));
    const text = buildIcs(dated, today, {
      bestBeforeSummary: (items) => t('expiry.icsBestBefore', { items: items.join(', ') }),
      bestBeforeDescription: (items) => t('expiry.icsBestBeforeBody', { items: items.join('\n') }),
      checkSummary: t('expiry.icsCheck'),
      checkDescription: t('expiry.icsCheckBody'),
      calendarName: t('expiry.icsCalendar'),
    });
    downloadText('beredt-hjemmeberedskab.ics', text, 'text/calendar');
  };

  return (
    <section className="card expiry" aria-labelledby="supplies-expiry">
      <h2 id="supplies-expiry">{t('expiry.title')}</h2>
      {entries.length === 0 ? <p>{t('expiry.none')}</p> : null}
      {expired.length > 0 ? (
        <>
          <h3>{t('expiry.expiredTitle')}</h3>
          <ul className="expiry-list expiry-expired">
            {expired.map((e) => (
              <li key={e.batch.id}>
                {describe(e.batch)}: {t('expiry.expiredOn', { date: f.date(e.batch.bestBefore!) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {soon.length > 0 ? (
        <>
          <h3>{t('expiry.soonTitle')}</h3>
          <ul className="expiry-list">
            {soon.map((e) => (
              <li key={e.batch.id}>
                {describe(e.batch)}: {t('expiry.daysLeft', { date: f.date(e.batch.bestBefore!) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="tip">{t('expiry.tip')}</p>
      <div className="no-print">
        <h3>{t('expiry.icsTitle')}</h3>
        <p>{t('expiry.icsIntro')}</p>
        <button type="button" className="button" onClick={download}>
          {t('expiry.icsButton')}
        </button>
      </div>
    </section>
  );
}
