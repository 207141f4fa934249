import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch, useLocation } from 'wouter';
import { ErrorBoundary } from '../components/error-boundary';
import { Notice } from '../components/notice';
import { lazyPage } from '../lib/pwa/lazy-page';
import { HomePage } from './home-page';
import { NotFoundPage } from './not-found-page';

// Every section is its own chunk: the start page loads none of them.
const SuppliesPage = lazyPage(() => import('../features/supplies/supplies-page'));
const SheltersPage = lazyPage(() => import('../features/shelters/shelters-page'));
const GuidancePage = lazyPage(() => import('../features/guidance/guidance-page'));
const DrillsPage = lazyPage(() => import('../features/drills/drills-page'));
const PlanPage = lazyPage(() => import('../features/plan/plan-page'));
const AboutPage = lazyPage(() => import('./about-page'));

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

function SectionError({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  return (
    <Notice tone="error" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p>{t('error.chunk')}</p>
      <button type="button" className="button" onClick={retry}>
        {t('error.retry')}
      </button>
    </Notice>
  );
}

export function AppRoutes() {
  const [location] = useLocation();
  return (
    <ErrorBoundary resetKey={location} fallback={(retry) => <SectionError retry={retry} />}>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={HomePage} />
          <Route path="/supplies" nest component={SuppliesPage} />
          <Route path="/shelters" nest component={SheltersPage} />
          <Route path="/guidance" nest component={GuidancePage} />
          <Route path="/drills" nest component={DrillsPage} />
          <Route path="/plan" nest component={PlanPage} />
          <Route path="/about" component={AboutPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </ErrorBoundary>
  );
}
