import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Notice } from '../../../components/notice';
import { Page } from '../../../components/page';
import { useGuidanceArticle, useGuidanceArticles } from '../hooks/use-guidance';
import { formatDay, useGuidanceLang } from '../hooks/use-lang';
import { ArticleBody, SourceList } from './article-body';
import { GuidanceNav } from './sub-nav';

/** One article: the key action first, the sections, related topics, sources and date checked. */
export function ArticleView({ id }: { id: string }) {
  const { t } = useTranslation('guidance');
  const lang = useGuidanceLang();
  const shown = useGuidanceArticle(id, lang);
  const all = useGuidanceArticles(lang);

  if (shown === undefined) {
    return (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    );
  }
  if (shown === null) {
    return (
      <Page title={t('notFound')}>
        <p>
          <Link href="/">{t('backToList')}</Link>
        </p>
      </Page>
    );
  }
  const { article, fallback } = shown;
  const related = article.related
    .map((rid) => all?.find((s) => s.article.id === rid))
    .filter((s) => s !== undefined);

  return (
    <Page title={article.title} className="guidance-article">
      <GuidanceNav />
      {fallback ? (
        <Notice tone="warning" role="note" className="fallback-notice">
          <p>{t('article.fallbackNotice')}</p>
        </Notice>
      ) : null}
      <div>
        <p className="guidance-meta">
          {t(`categories.${article.category}`)} ·{' '}
          <span className={`urgency urgency-${article.urgency}`}>{t(`urgency.${article.urgency}`)}</span>
        </p>
        <div className="key-action" role="note" aria-labelledby="key-action-label">
          <p id="key-action-label" className="key-action-label">
            {t('article.action')}
          </p>
          <p className="key-action-text" lang={article.lang}>
            {article.action}
          </p>
        </div>
        <p className="lead" lang={article.lang}>
          {article.summary}
        </p>
        <ArticleBody article={article} />
        {article.links.length > 0 ? (
          <section aria-labelledby="h-app-links">
            <h2 id="h-app-links">{t('article.appLinks')}</h2>
            <ul className="button-row plain-list">
              {article.links.map((l) => (
                <li key={l}>
                  <Link href={`~/${l}`} className="button">
                    {t(`appLinks.${l}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {related.length > 0 ? (
          <section aria-labelledby="h-related">
            <h2 id="h-related">{t('article.related')}</h2>
            <ul>
              {related.map((s) => (
                <li key={s.article.id} lang={s.article.lang}>
                  <Link href={`/${s.article.id}`}>{s.article.title}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <SourceList article={article} />
        <p className="guidance-checked">{t('article.checked', { date: formatDay(article.checked, lang) })}</p>
      </div>
      <p>
        <Link href="/">{t('backToList')}</Link>
      </p>
    </Page>
  );
}
