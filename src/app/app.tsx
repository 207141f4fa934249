import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { UpdateNotice } from '../lib/pwa/update-notice';
import { Header } from './header';
import { AppRoutes } from './routes';
import { StorageBanner } from './storage-banner';

export function App() {
  const { t } = useTranslation();
  return (
    <>
      <Header />
      <StorageBanner />
      <main id="main" tabIndex={-1}>
        <AppRoutes />
      </main>
      <footer className="site-footer">
        <p>{t('footer.notOfficial')}</p>
        <p>
          <Link href="/about">{t('nav.about')}</Link> · <span data-testid="footer-version">v{__APP_VERSION__}</span>
        </p>
      </footer>
      <UpdateNotice />
    </>
  );
}
