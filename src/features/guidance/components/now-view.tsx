import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Notice } from '../../../components/notice';
import { Page } from '../../../components/page';
import { useUrgentCards } from '../hooks/use-guidance';
import { useGuidanceLang } from '../hooks/use-lang';
import type { ShownArticle } from '../domain/fallback';
import type { SourceKind } from '../domain/types';
import { InlineContent } from './inline-content';

/** How many "during" steps a card shows under the key action (the rest is one tap away). */
const STEPS = 2;

/** Sources grouped by publisher: [["Beredskabsstyrelsen", [2, 3], kind], ...], in first-cited order. */
function bySource(a: ShownArticle['article']): [string, number[], SourceKind | undefined][] {
  const groups = new Map<string, [number[], SourceKind | undefined]>();
  a.sources.forEach((s, i) => groups.set(s.publisher, [[...(groups.get(s.publisher)?.[0] ?? []), i + 1], s.kind]));
  return [...groups].map(([publisher, [numbers, kind]]) => [publisher, numbers, kind]);
}

function NowCard({ shown, n, total, nextId }: { shown: ShownArticle; n: number; total: number; nextId?: string }) {
  const { t } = useTranslation('guidance');
  const a = shown.article;
  const during = a.sections.find((s) => s.kind === 'during') ?? a.sections[0]!;
  const steps = during.blocks.flatMap((b) => (b.type === 'list' ? b.items : [b.content])).slice(0, STEPS);
  const prefix = `now-${a.id}-`;
  return (
    <section id={`now-${a.id}`} className="now-card" aria-labelledby={`${prefix}title`} tabIndex={-1}>
      <p className="now-position">{t('now.position', { n, total })}</p>
      <h2 id={`${prefix}title`} lang={a.lang}>
        {a.title}
      </h2>
      {shown.fallback ? (
        <Notice tone="warning" role="note">
          <p>{t('article.fallbackNotice')}</p>
        </Notice>
      ) : null}
      <p className="now-action" lang={a.lang}>
        {a.action}
      </p>
      {steps.length ? (
        <ul className="now-steps" lang={a.lang}>
          {steps.map((item, i) => (
            <li key={i}>
              <InlineContent content={item} idPrefix={prefix} />
            </li>
          ))}
        </ul>
      ) : null}
      <p className="now-sources">
        {t('article.sources')}:{' '}
        {bySource(a).map(([publisher, numbers, kind], i) => (
          <span key={publisher}>
            {i > 0 ? '; ' : null}
            {numbers.map((n) => (
              <span key={n} id={`${prefix}source-${n}`} />
            ))}
            [{numbers.join(', ')}] {publisher}
            {kind && kind !== 'authority' ? ` (${t(`article.kind.${kind}`)})` : null}
          </span>
        ))}
      </p>
      <p className="button-row">
        <Link href={`/${a.id}`} className="button button-primary">
          {t('now.readMore')}
        </Link>
        {nextId ? (
          <a className="button" href={`#now-${nextId}`}>
            {t('now.next')}
          </a>
        ) : null}
      </p>
    </section>
  );
}

/** "What do I do now?": one big card per urgent topic, the key action first, in large type. */
export function NowView() {
  const { t } = useTranslation('guidance');
  const lang = useGuidanceLang();
  const cards = useUrgentCards(lang);
  return (
    <Page title={t('now.title')} className="guidance-now">
      <p className="now-emergency">
        <a href="tel:112">{t('now.emergency')}</a>
      </p>
      {cards === undefined ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : cards.length === 0 ? (
        <Notice tone="warning">{t('empty')}</Notice>
      ) : (
        <>
          <p className="lead">{t('now.intro')}</p>
          <nav aria-label={t('now.all')}>
            <ul className="now-chooser">
              {cards.map((c) => (
                <li key={c.article.id}>
                  <a href={`#now-${c.article.id}`} lang={c.article.lang}>
                    {c.article.title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {cards.map((c, i) => (
            <NowCard key={c.article.id} shown={c} n={i + 1} total={cards.length} nextId={cards[i + 1]?.article.id} />
          ))}
          <p>
            <Link href="/">{t('nav.list')}</Link>
          </p>
        </>
      )}
    </Page>
  );
}
