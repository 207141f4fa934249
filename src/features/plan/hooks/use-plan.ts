import { useLiveQuery } from 'dexie-react-hooks';
import { getPlan } from '../db/plan-repo';
import { emptyPlan, type Plan } from '../domain/plan-model';

export interface PlanData {
  plan: Plan;
  stored: boolean;
  /** Set when the database could not be read (the page says so; nothing is overwritten). */
  failed?: string;
}

/** The stored plan (or an empty one); undefined while loading. Never throws into the render. */
export function usePlan(): PlanData | undefined {
  return useLiveQuery(async (): Promise<PlanData> => {
    try {
      return await getPlan();
    } catch (err) {
      return { plan: emptyPlan(), stored: false, failed: err instanceof Error ? err.name || err.message : String(err) };
    }
  }, []);
}
