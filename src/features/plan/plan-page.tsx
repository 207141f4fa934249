/**
 * /plan: the household plan (edit), on paper (print), share (link, QR, file) and backup.
 * Opening /plan#plan=… shows the shared plan and imports it only after confirmation; the
 * fragment is removed from the address bar at once so it is not kept in history.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useLocation } from 'wouter';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { BackupPanel } from './components/backup-panel';
import { IncomingPlan, OpenPlanFile, UndoNotice } from './components/incoming-plan';
import { PlanEditor } from './components/plan-editor';
import { PrintView } from './components/print-view';
import { SharePanel } from './components/share-panel';
import type { Plan } from './domain/plan-model';
import { decodePlanFragment, isPlanFragment } from './domain/share-link';
import { usePlan } from './hooks/use-plan';
import './plan.css';

const TABS = [
  { path: '/', key: 'edit' },
  { path: '/print', key: 'print' },
  { path: '/share', key: 'share' },
  { path: '/backup', key: 'backup' },
] as const;

type Incoming = { kind: 'plan'; plan: Plan } | { kind: 'error'; error: string } | null;

export default function PlanPage() {
  const { t } = useTranslation('plan');
  const { t: tc } = useTranslation();
  const [location, navigate] = useLocation();
  const data = usePlan();
  const [incoming, setIncoming] = useState<Incoming>(null);
  const [editorKey, setEditorKey] = useState(0);

  useEffect(() => {
    // On load, and when a link is opened in a tab that already shows the app (hash change only).
    const read = () => {
      const hash = window.location.hash;
      if (!isPlanFragment(hash)) return;
      history.replaceState(history.state, '', window.location.pathname + window.location.search);
      void decodePlanFragment(hash).then((r) => setIncoming(r.ok ? { kind: 'plan', plan: r.plan } : { kind: 'error', error: r.error }));
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  const done = () => {
    setIncoming(null);
    setEditorKey((k) => k + 1);
    navigate('/');
  };

  return (
    <Page title={t('title')} lead={t('lead')} className="plan-page">
      <p className="no-print">{t('privacy')}</p>
      <nav className="plan-tabs no-print" aria-label={t('tabs.label')}>
        <ul>
          {TABS.map((tab) => (
            <li key={tab.key}>
              <Link href={tab.path} aria-current={location === tab.path ? 'page' : undefined}>
                {t(`tabs.${tab.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {incoming?.kind === 'error' ? (
        <Notice tone="error" role="alert">
          {t(`incoming.errors.${incoming.error as 'corrupt'}`)}
        </Notice>
      ) : null}
      {data?.failed ? (
        <Notice tone="error" role="alert">
          {t('readFailed', { reason: data.failed })}
        </Notice>
      ) : null}
      <UndoNotice key={`undo-${editorKey}`} />
      {incoming?.kind === 'plan' ? (
        <IncomingPlan plan={incoming.plan} hasOwnPlan={!!data?.stored} onDone={done} />
      ) : !data ? (
        <p role="status">{tc('app.loading')}</p>
      ) : (
        <Switch>
          <Route path="/print">
            <PrintView plan={data.plan} />
          </Route>
          <Route path="/share">
            <SharePanel plan={data.plan} />
            <OpenPlanFile onPlan={(plan) => setIncoming({ kind: 'plan', plan })} />
          </Route>
          <Route path="/backup">
            <BackupPanel />
          </Route>
          <Route>
            <PlanEditor key={editorKey} initial={data.plan} />
          </Route>
        </Switch>
      )}
    </Page>
  );
}
