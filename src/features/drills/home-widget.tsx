/**
 * On the start page: if a drill is running (say the phone restarted mid-drill), a banner leads
 * straight back to it. Only a one-line query runs on the start page; the banner, its strings and
 * formatting load as a lazy chunk when a drill is actually running.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import { runningDrillId } from './db/running-drill';

const RunningDrillBanner = lazy(() => import('./components/running-drill-banner'));

export function HomeWidget() {
  const id = useLiveQuery(runningDrillId, []);
  if (!id) return null;
  return (
    <Suspense fallback={null}>
      <RunningDrillBanner />
    </Suspense>
  );
}
