/**
 * Start-page card (lazy chunk): what has expired and what expires within 30 days.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useExpiring } from '../hooks/use-expiring';
import type { Lang } from '../domain/types';

export default function ExpiryCard() {
  const { t, i18n } = useTranslation('supplies');
  const data = useExpiring();
  if (!data || data.batchCount === 0) return null;
  const lang = (['da', 'en', 'uk'].includes(i18n.resolvedLanguage ?? '') ? i18n.resolvedLanguage : 'da') as Lang;
  const name = (id: string) => {
    const it = data.names.get(id);
    return !it ? id : 'names' in it ? it.names[lang] : it.name;
  };
  const list = (status: 'expired' | 'soon') => [...new Set(data.entries.filter((e) => e.status === status).map((e) => name(e.batch.itemId)))].join(', ');
  const expired = list('expired');
  const soon = list('soon');
  return (
    <section className="card supplies-widget" aria-labelledby="supplies-widget-title">
      <h2 id="supplies-widget-title">{t('widget.title')}</h2>
      {expired ? (
        <p>
          <strong>{t('widget.expired', { items: expired })}</strong>
        </p>
      ) : null}
      {soon ? <p>{t('widget.soon', { items: soon })}</p> : null}
      {!expired && !soon ? <p>{t('widget.allGood')}</p> : null}
      <p>
        <Link href="/supplies">{t('widget.link')}</Link>
      </p>
    </section>
  );
}
