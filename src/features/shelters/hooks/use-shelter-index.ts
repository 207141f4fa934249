import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useSyncExternalStore } from 'react';
import { shelterDataStamp } from '../db/shelters-repo';
import { ensureIndex, getIndexState, subscribeIndex, type IndexState } from './shelter-index-store';

/** The shelter index, kept in step with IndexedDB. */
export function useShelterIndex(): IndexState {
  const stamp = useLiveQuery(shelterDataStamp, []);
  useEffect(() => {
    if (stamp !== undefined) ensureIndex(stamp);
  }, [stamp]);
  return useSyncExternalStore(subscribeIndex, getIndexState);
}
