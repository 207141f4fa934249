import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { LanguageSwitcher } from './language-switcher';
import { SECTIONS } from './sections';

export function Header() {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <div className="header-bar">
        <Link href="/" className="brand" aria-current={location === '/' ? 'page' : undefined}>
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <span>{t('app.name')}</span>
        </Link>
        <LanguageSwitcher />
      </div>
      <nav aria-label={t('nav.label')} className="site-nav">
        <ul>
          {SECTIONS.map((s) => {
            const active = location === s.path || location.startsWith(`${s.path}/`);
            return (
              <li key={s.id}>
                <Link href={s.path} aria-current={active ? 'page' : undefined}>
                  {t(`nav.${s.id}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
