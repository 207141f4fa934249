import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** True until the first page of this visit has mounted. */
let isFirstPage = true;

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
    // Only after an in-app navigation, not on first load (focus would skip the header). The link
    // that was followed may already be gone, so do not rely on document.activeElement.
    if (isFirstPage) isFirstPage = false;
    else heading.current?.focus();
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
