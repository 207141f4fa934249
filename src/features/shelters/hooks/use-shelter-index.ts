import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useSyncExternalStore } from 'react';
import { shelterDataStamp } from '../db/shelters-repo';
import { ensureIndex, failIndex, getIndexState, subscribeIndex, type IndexState } from './shelter-index-store';

// Start reading as soon as this chunk loads, without waiting for React to render and subscribe:
// the live query below then only confirms the stamp (or triggers a rebuild when data changes).
shelterDataStamp().then(ensureIndex, failIndex);

/** The shelter index, kept in step with IndexedDB. */
export function useShelterIndex(): IndexState {
  const stamp = useLiveQuery(shelterDataStamp, []);
  useEffect(() => {
    if (stamp !== undefined) ensureIndex(stamp);
  }, [stamp]);
  return useSyncExternalStore(subscribeIndex, getIndexState);
}
