import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inline } from '../domain/types';

/**
 * Renders the inline AST as React elements (never raw HTML). Source markers link to the
 * numbered source list of the same article (`#<idPrefix>source-<n>`).
 */
export function InlineContent({ content, idPrefix = '' }: { content: readonly Inline[]; idPrefix?: string }) {
  const { t } = useTranslation('guidance');
  return (
    <>
      {content.map((node, i) => {
        switch (node.type) {
          case 'text':
            return <Fragment key={i}>{node.text}</Fragment>;
          case 'bold':
            return (
              <strong key={i}>
                <InlineContent content={node.children} idPrefix={idPrefix} />
              </strong>
            );
          case 'link':
            return (
              <a key={i} href={node.href} rel="noopener noreferrer">
                <InlineContent content={node.children} idPrefix={idPrefix} />
              </a>
            );
          case 'source':
            return (
              <Fragment key={i}>
                {'\u00a0'}
                <sup className="source-marker">
                  [
                  {node.refs.map((n, j) => (
                    <Fragment key={j}>
                      {j > 0 ? ', ' : null}
                      <a href={`#${idPrefix}source-${n}`} aria-label={t('article.sourceMarker', { n })}>
                        {n}
                      </a>
                    </Fragment>
                  ))}
                  ]
                </sup>
              </Fragment>
            );
        }
      })}
    </>
  );
}
