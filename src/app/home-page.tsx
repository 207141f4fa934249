import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Page } from '../components/page';
import { HomeWidget as DrillsWidget } from '../features/drills/home-widget';
import { HomeWidget as PlanWidget } from '../features/plan/home-widget';
import { HomeWidget as SuppliesWidget } from '../features/supplies/home-widget';
import { SECTIONS } from './sections';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('home.title')} lead={t('home.intro')} className="home">
      <Link href="/guidance/now" className="now-button">
        <span className="now-title">{t('home.now')}</span>
        <span className="now-hint">{t('home.nowHint')}</span>
      </Link>
      <SuppliesWidget />
      <PlanWidget />
      <DrillsWidget />
      <h2>{t('home.sectionsTitle')}</h2>
      <ul className="section-tiles">
        {SECTIONS.map((s) => (
          <li key={s.id}>
            <Link href={s.path} className="tile">
              <span className="tile-title">{t(`nav.${s.id}`)}</span>
              <span className="tile-text">{t(`home.${s.id}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
