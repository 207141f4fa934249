import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';

const ITEMS = [
  { href: '/', key: 'nav.list' },
  { href: '/now', key: 'nav.now' },
  { href: '/siren', key: 'nav.siren' },
  { href: '/about', key: 'nav.about' },
] as const;

/** Links between the parts of the guidance section (paths are relative to /guidance). */
export function GuidanceNav() {
  const { t } = useTranslation('guidance');
  const [location] = useLocation();
  return (
    <nav aria-label={t('nav.label')} className="guidance-nav">
      <ul>
        {ITEMS.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={location === item.href ? 'page' : undefined}>
              {t(item.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
