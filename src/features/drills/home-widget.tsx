/**
 * On the start page: if a drill is running (say the phone restarted mid-drill), a banner leads
 * straight back to it. The banner is its own lazy chunk, so the start page pays almost nothing.
 */
import { lazy, Suspense } from 'react';

const RunningDrillBanner = lazy(() => import('./components/running-drill-banner'));

export function HomeWidget() {
  return (
    <Suspense fallback={null}>
      <RunningDrillBanner />
    </Suspense>
  );
}
