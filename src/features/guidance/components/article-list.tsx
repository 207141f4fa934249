import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { Notice } from '../../../components/notice';
import { Page } from '../../../components/page';
import { LANGUAGE_NAMES } from '../../../lib/i18n/languages';
import { usePacksState } from '../../../lib/packs/load-packs';
import type { ShownArticle } from '../domain/fallback';
import { CATEGORIES } from '../domain/types';
import { useGuidanceArticles, useGuidanceSearch } from '../hooks/use-guidance';
import { useGuidanceLang } from '../hooks/use-lang';
import { GuidanceNav } from './sub-nav';

function ArticleCard({ shown }: { shown: ShownArticle }) {
  const { t } = useTranslation('guidance');
  const a = shown.article;
  return (
    <li className="guidance-card">
      <Link href={`/${a.id}`} className="guidance-card-link">
        <span className="guidance-card-title" lang={a.lang}>
          {a.title}
        </span>
        <span className="guidance-card-summary" lang={a.lang}>
          {a.summary}
        </span>
        <span className="guidance-card-meta">
          <span className={`urgency urgency-${a.urgency}`}>{t(`urgency.${a.urgency}`)}</span>
          {shown.fallback ? (
            <>
              {' · '}
              <span className="fallback-tag" lang="da">
                {LANGUAGE_NAMES.da}
              </span>
            </>
          ) : null}
        </span>
      </Link>
    </li>
  );
}

/** The guidance start: a search box and every topic grouped by category. */
export function ArticleList() {
  const { t } = useTranslation('guidance');
  const lang = useGuidanceLang();
  const articles = useGuidanceArticles(lang);
  const index = useGuidanceSearch(articles, lang);
  const packs = usePacksState();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const inputId = useId();

  const hits = useMemo(() => {
    if (!index || !articles || !query.trim()) return null;
    const byKey = new Map(articles.map((s) => [s.article.key, s]));
    return index.search(query).flatMap((h) => byKey.get(h.key) ?? []);
  }, [index, articles, query]);

  const setQuery = (q: string) => setParams(q ? { q } : {}, { replace: true });

  let content;
  if (articles === undefined) {
    content = (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    );
  } else if (articles.length === 0) {
    content =
      packs.state === 'loading' || packs.state === 'idle' ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : (
        <Notice tone="warning">{t('empty')}</Notice>
      );
  } else if (hits) {
    content = (
      <>
        <p role="status" className="search-count">
          {hits.length ? t('search.results', { query, count: hits.length }) : t('search.noResults', { query })}
        </p>
        <ul className="guidance-cards">
          {hits.map((s) => (
            <ArticleCard key={s.article.key} shown={s} />
          ))}
        </ul>
      </>
    );
  } else {
    content = CATEGORIES.map((category) => {
      const inCategory = articles.filter((s) => s.article.category === category);
      if (!inCategory.length) return null;
      return (
        <section key={category} aria-labelledby={`cat-${category}`}>
          <h2 id={`cat-${category}`}>
            {t(`categories.${category}`)}
          </h2>
          <ul className="guidance-cards">
            {inCategory.map((s) => (
              <ArticleCard key={s.article.key} shown={s} />
            ))}
          </ul>
        </section>
      );
    });
  }

  return (
    <Page title={t('title')} lead={t('intro')} className="guidance-home">
      <GuidanceNav />
      <form role="search" className="guidance-search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={inputId}>{t('search.label')}</label>
        <p className="field-hint" id={`${inputId}-hint`}>
          {t('search.hint')}
        </p>
        <div className="guidance-search-row">
          <input
            id={inputId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby={`${inputId}-hint`}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
          />
          {query ? (
            <button type="button" className="button" onClick={() => setQuery('')}>
              {t('search.clear')}
            </button>
          ) : null}
        </div>
      </form>
      {content}
    </Page>
  );
}
