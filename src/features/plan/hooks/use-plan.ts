import { useLiveQuery } from 'dexie-react-hooks';
import { getPlan } from '../db/plan-repo';
import type { Plan } from '../domain/plan-model';

/** The stored plan (or an empty one); undefined while loading. */
export function usePlan(): { plan: Plan; stored: boolean } | undefined {
  return useLiveQuery(() => getPlan(), []);
}
