import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';
import { Page } from '../../../components/page';
import { useGuidanceArticles } from '../hooks/use-guidance';
import { formatDay, useGuidanceLang } from '../hooks/use-lang';
import { GuidanceNav } from './sub-nav';

const CHANNELS = ['dr', 'tv2', 'police', 'brs', 'sirenen', 'dmi'] as const;

/** About the content: which official channels to trust, and that Beredt does not replace them. */
export function AboutContent() {
  const { t } = useTranslation('guidance');
  const lang = useGuidanceLang();
  const articles = useGuidanceArticles(lang);
  const all = articles?.map((s) => s.article) ?? [];
  const checked = all.map((a) => a.checked).sort().at(-1);
  const authorities = new Map<string, string>();
  const others = new Map<string, string>();
  for (const a of all) {
    for (const s of a.sources) {
      const into = s.kind && s.kind !== 'authority' ? others : authorities;
      if (!into.has(s.publisher)) into.set(s.publisher, new URL(s.url).origin);
    }
  }
  const list = (publishers: Map<string, string>) => (
    <ul>
      {[...publishers].sort(([a], [b]) => a.localeCompare(b, lang)).map(([name, origin]) => (
        <li key={name}>
          {name}: <a href={origin} rel="noopener noreferrer">{new URL(origin).host}</a>
        </li>
      ))}
    </ul>
  );

  return (
    <Page title={t('about.title')} lead={t('about.intro')} className="guidance-about">
      <GuidanceNav />
      <Notice tone="warning" role="note">
        <p>
          <strong>{t('about.notReplace')}</strong>
        </p>
      </Notice>
      <h2>{t('about.trustTitle')}</h2>
      <ul className="channel-list">
        {CHANNELS.map((c) => (
          <li key={c}>{t(`about.channels.${c}`)}</li>
        ))}
      </ul>
      <p>{t('about.rumours')}</p>
      <p>{t('about.call112')}</p>
      {authorities.size > 0 ? (
        <>
          <h2>{t('about.publishers')}</h2>
          {list(authorities)}
        </>
      ) : null}
      {others.size > 0 ? (
        <>
          <h2>{t('about.otherPublishers')}</h2>
          <p>{t('about.otherPublishersIntro')}</p>
          {list(others)}
        </>
      ) : null}
      {checked ? <p>{t('about.checkedAll', { date: formatDay(checked, lang) })}</p> : null}
    </Page>
  );
}
