import { useTranslation } from 'react-i18next';
import { orderedSections } from '../domain/plain-text';
import type { Block, GuidanceArticle } from '../domain/types';
import { formatDay, useGuidanceLang } from '../hooks/use-lang';
import { InlineContent } from './inline-content';

function BlockView({ block, idPrefix, lang }: { block: Block; idPrefix: string; lang: string }) {
  if (block.type === 'paragraph') {
    return (
      <p lang={lang}>
        <InlineContent content={block.content} idPrefix={idPrefix} />
      </p>
    );
  }
  return (
    <ul className="guidance-list" lang={lang}>
      {block.items.map((item, i) => (
        <li key={i}>
          <InlineContent content={item} idPrefix={idPrefix} />
        </li>
      ))}
    </ul>
  );
}

/** The before/during/after sections, `during` first for urgent topics, with translated headings. */
export function ArticleBody({ article, idPrefix = '' }: { article: GuidanceArticle; idPrefix?: string }) {
  const { t } = useTranslation('guidance');
  return (
    <>
      {orderedSections(article.sections, article.urgency).map((section) => (
        <section key={section.kind} className={`guidance-section guidance-section-${section.kind}`} aria-labelledby={`${idPrefix}h-${section.kind}`}>
          <h2 id={`${idPrefix}h-${section.kind}`}>{t(`sections.${section.kind}`)}</h2>
          {section.blocks.map((block, i) => (
            <BlockView key={i} block={block} idPrefix={idPrefix} lang={article.lang} />
          ))}
        </section>
      ))}
    </>
  );
}

/** The numbered source list the markers point to, with the date each was checked. */
export function SourceList({ article, idPrefix = '' }: { article: GuidanceArticle; idPrefix?: string }) {
  const { t } = useTranslation('guidance');
  const lang = useGuidanceLang();
  return (
    <section className="guidance-sources" aria-labelledby={`${idPrefix}h-sources`}>
      <h2 id={`${idPrefix}h-sources`}>{t('article.sources')}</h2>
      <ol>
        {article.sources.map((s, i) => (
          <li key={i} id={`${idPrefix}source-${i + 1}`} tabIndex={-1}>
            <span className="source-publisher">{s.publisher}</span>
            {s.kind && s.kind !== 'authority' ? <span className="source-kind"> ({t(`article.kind.${s.kind}`)})</span> : null}:{' '}
            <a href={s.url} rel="noopener noreferrer" lang={article.lang}>
              {s.title}
            </a>
            <span className="visually-hidden"> {t('article.externalLink')}</span>
            <br />
            <span className="source-checked">{t('article.checked', { date: formatDay(s.checked, lang) })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
