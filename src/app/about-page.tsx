import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Notice } from '../components/notice';
import { Page } from '../components/page';
import { db } from '../lib/db/db';
import { usePacksState } from '../lib/packs/load-packs';
import { DATA_SOURCES } from './data-sources';
import { StorageStatusView } from './storage-status-view';

export default function AboutPage() {
  const { t, i18n } = useTranslation();
  const packs = useLiveQuery(() => db.packs.toArray().catch(() => []), [], undefined);
  const packsState = usePacksState();
  const contentDate = packs?.reduce<string | undefined>((max, p) => (!max || p.date > max ? p.date : max), undefined);
  const dateFormat = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long', timeZone: 'Europe/Copenhagen' });
  const fmtDate = (iso: string) => dateFormat.format(new Date(`${iso}T12:00:00Z`));

  return (
    <Page title={t('about.title')}>
      <p>{t('about.what')}</p>
      <Notice tone="warning" role="note">
        {t('about.notOfficial')}
      </Notice>

      <h2>{t('about.privacyTitle')}</h2>
      <p>{t('about.privacy')}</p>

      <h2>{t('about.dataTitle')}</h2>
      <p>{t('about.dataIntro')}</p>
      <ul className="source-list">
        {DATA_SOURCES.map((s) => (
          <li key={s.what}>
            <strong>{t(`sources.${s.what}`)}</strong>: {s.source}. {s.licence}.
            {s.attribution ? <> “{s.attribution}”.</> : null}
          </li>
        ))}
        <li>
          <strong>{t('sources.guidance')}</strong>.
        </li>
      </ul>

      <h2>{t('about.packsTitle')}</h2>
      {packsState.state === 'loading' ? <p role="status">{t('about.packsLoading')}</p> : null}
      {packsState.state === 'error' ? (
        <Notice tone="error" role="alert">
          {t('about.packsError', { message: packsState.error ?? '' })}
        </Notice>
      ) : null}
      {packs && packs.length > 0 ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('about.packsTitle')}>
          <table data-testid="packs-table">
            <thead>
              <tr>
                <th scope="col">{t('about.packName')}</th>
                <th scope="col">{t('about.packVersion')}</th>
                <th scope="col">{t('about.packDate')}</th>
                <th scope="col">{t('about.packCount')}</th>
              </tr>
            </thead>
            <tbody>
              {packs.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.id}
                    <div className="pack-sources">
                      {p.sources.map((s) => `${s.title} (${s.licence})`).join('; ')}
                    </div>
                  </th>
                  <td>
                    <code>{p.version}</code>
                  </td>
                  <td>{fmtDate(p.date)}</td>
                  <td>{new Intl.NumberFormat(i18n.resolvedLanguage).format(p.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : packs ? (
        <p>{t('about.packsNone')}</p>
      ) : null}

      <h2>{t('about.storageTitle')}</h2>
      <StorageStatusView />

      <h2>{t('about.versionTitle')}</h2>
      <p data-testid="app-version">{t('about.version', { version: __APP_VERSION__, build: __BUILD_ID__ })}</p>
      {contentDate ? <p>{t('about.contentDate', { date: fmtDate(contentDate) })}</p> : null}
    </Page>
  );
}
