/** Live reads of the drills tables (re-render when any tab writes). */
import { useLiveQuery } from 'dexie-react-hooks';
import { allEvents, getDrill, getEvents, getRunningDrill, getSchool, listDrills, listScenarios } from '../db/drills-repo';
import type { Drill, DrillEvent, Scenario, School } from '../domain/types';

/**
 * A query that never throws into the render: with no usable IndexedDB (some private modes, a
 * blocked upgrade) the page still opens with empty data, and the shell's storage notice explains.
 */
function safe<T>(query: () => Promise<T>, fallback: T): () => Promise<T> {
  return async () => {
    try {
      return await query();
    } catch (err) {
      console.warn('drills: read failed', err);
      return fallback;
    }
  };
}

/** undefined while loading, null when there is no school yet. */
export function useSchool(): School | null | undefined {
  return useLiveQuery(safe(async () => (await getSchool()) ?? null, null), []);
}

export function useScenarios(): Scenario[] | undefined {
  return useLiveQuery(safe(listScenarios, []), []);
}

export function useDrills(): Drill[] | undefined {
  return useLiveQuery(safe(listDrills, []), []);
}

/** All events of all drills (for the log and the trend). */
export function useAllDrillEvents(): DrillEvent[] | undefined {
  return useLiveQuery(safe(allEvents, []), []);
}

/** undefined while loading, null when there is no running drill. */
export function useRunningDrill(): Drill | null | undefined {
  return useLiveQuery(safe(async () => (await getRunningDrill()) ?? null, null), []);
}

export interface DrillWithEvents {
  drill: Drill;
  events: DrillEvent[];
}

/** undefined while loading, null when the drill does not exist. */
export function useDrill(id: string | null | undefined): DrillWithEvents | null | undefined {
  return useLiveQuery(
    safe(async () => {
      if (!id) return null;
      const [drill, events] = await Promise.all([getDrill(id), getEvents(id)]);
      return drill ? { drill, events } : null;
    }, null),
    [id],
  );
}
