import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';
import { removeShelterSource } from '../db/shelters-repo';
import type { ShelterSources } from '../hooks/use-shelter-sources';
import { useFormat } from './format';

/** The shipped data with its sources and licences, and each imported source with a remove button. */
export function SourcesPanel({ sources }: { sources: ShelterSources | undefined }) {
  const { t } = useTranslation('shelters');
  const fmt = useFormat();
  const id = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pack = sources?.pack;
  return (
    <section aria-labelledby={`${id}-h`} className="shelter-sources">
      <h2 id={`${id}-h`}>{t('sources.title')}</h2>
      {pack ? (
        <>
          <p>{t('sources.pack', { count: fmt.number(pack.count), date: fmt.date(pack.date) })}</p>
          <ul>
            {pack.sources.map((s) => (
              <li key={s.title}>
                {s.title}. {t('sources.licence', { licence: s.licence })}
                {s.attribution ? ` — ${s.attribution}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {sources && sources.imports.length === 0 ? <p>{t('sources.none')}</p> : null}
      <ul className="import-sources">
        {sources?.imports.map((s) => (
          <li key={s.id}>
            <strong>{s.name}</strong> — {t('sources.imported', { date: fmt.date(s.importedAt), file: s.fileName, count: fmt.number(s.count) })}{' '}
            <button
              type="button"
              className="button button-danger"
              onClick={async () => {
                if (!window.confirm(t('sources.removeConfirm', { name: s.name, count: fmt.number(s.count) }))) return;
                try {
                  await removeShelterSource(s.id);
                  setError(null);
                  setMessage(t('sources.removed', { name: s.name }));
                } catch (err) {
                  setError(err instanceof Error ? err.message : String(err));
                }
              }}
            >
              {t('sources.remove', { name: s.name })}
            </button>
          </li>
        ))}
      </ul>
      {message ? <Notice tone="success">{message}</Notice> : null}
      {error ? (
        <Notice tone="error" role="alert">
          {error}
        </Notice>
      ) : null}
    </section>
  );
}
