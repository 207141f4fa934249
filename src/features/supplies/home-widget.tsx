/**
 * On the start page: what has expired and what expires within 30 days. Only a one-line count
 * runs on the start page; the card, its strings and date logic load as a lazy chunk once the
 * user has recorded stock.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import { hasStock } from './db/has-stock';

const ExpiryCard = lazy(() => import('./components/expiry-card'));

export function HomeWidget() {
  const stock = useLiveQuery(hasStock, []);
  if (!stock) return null;
  return (
    <Suspense fallback={null}>
      <ExpiryCard />
    </Suspense>
  );
}
