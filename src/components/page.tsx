import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageProps {
  title: string;
  /** Optional line under the title. */
  lead?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/**
 * A section page: sets the document title and moves focus to the heading after navigation, so
 * screen-reader users hear where they are.
 */
export function Page({ title, lead, children, className }: PageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    // Only after an in-app navigation, not on first load (focus would skip the header).
    if (document.activeElement && document.activeElement !== document.body) heading.current?.focus();
  }, []);
  return (
    <div className={className ? `page ${className}` : 'page'}>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </div>
  );
}
