/** Live reads of the drills tables (re-render when any tab writes). */
import { useLiveQuery } from 'dexie-react-hooks';
import { allEvents, getDrill, getEvents, getRunningDrill, getSchool, listDrills, listScenarios } from '../db/drills-repo';
import type { Drill, DrillEvent, Scenario, School } from '../domain/types';

/** undefined while loading, null when there is no school yet. */
export function useSchool(): School | null | undefined {
  return useLiveQuery(async () => (await getSchool()) ?? null, []);
}

export function useScenarios(): Scenario[] | undefined {
  return useLiveQuery(listScenarios, []);
}

export function useDrills(): Drill[] | undefined {
  return useLiveQuery(listDrills, []);
}

/** All events of all drills (for the log and the trend). */
export function useAllDrillEvents(): DrillEvent[] | undefined {
  return useLiveQuery(allEvents, []);
}

/** undefined while loading, null when there is no running drill. */
export function useRunningDrill(): Drill | null | undefined {
  return useLiveQuery(async () => (await getRunningDrill()) ?? null, []);
}

export interface DrillWithEvents {
  drill: Drill;
  events: DrillEvent[];
}

/** undefined while loading, null when the drill does not exist. */
export function useDrill(id: string | null | undefined): DrillWithEvents | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    const [drill, events] = await Promise.all([getDrill(id), getEvents(id)]);
    return drill ? { drill, events } : null;
  }, [id]);
}
