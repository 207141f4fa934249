/**
 * The trend against earlier drills: time to all accounted (and total duration) of a drill
 * compared with the earlier drills of the same scenario.
 */
import type { DrillSummary } from './summary';

export interface TrendPoint {
  drillId: string;
  startedAt: number;
  allAccountedMs: number | null;
  durationMs: number | null;
  missing: number;
}

export interface TrendComparison {
  /** Earlier ended drills of the same scenario, oldest first, then this one. */
  points: TrendPoint[];
  previous: TrendPoint | null;
  /** This drill's time to all accounted minus the previous drill's (negative = faster). */
  deltaMs: number | null;
  /** Best (lowest) time to all accounted among the earlier drills. */
  bestEarlierMs: number | null;
  /** Mean time to all accounted among the earlier drills that reached it. */
  averageEarlierMs: number | null;
  /** 'faster' / 'slower' / 'same' against the previous drill, or null if either has no time. */
  direction: 'faster' | 'slower' | 'same' | null;
}

export function toTrendPoint(s: DrillSummary): TrendPoint {
  return { drillId: s.drillId, startedAt: s.startedAt, allAccountedMs: s.allAccountedAtMs, durationMs: s.durationMs, missing: s.totals.missing };
}

/** Differences under a second count as the same. */
const SAME_MS = 1000;

export function compareWithEarlier(current: DrillSummary, all: readonly DrillSummary[]): TrendComparison {
  const earlier = all
    .filter((s) => s.drillId !== current.drillId && s.scenarioId === current.scenarioId && s.ended && s.startedAt < current.startedAt)
    .sort((a, b) => a.startedAt - b.startedAt)
    .map(toTrendPoint);
  const me = toTrendPoint(current);
  const previous = earlier.at(-1) ?? null;
  const times = earlier.map((p) => p.allAccountedMs).filter((v): v is number => v !== null);
  const deltaMs =
    previous && previous.allAccountedMs !== null && me.allAccountedMs !== null ? me.allAccountedMs - previous.allAccountedMs : null;
  return {
    points: [...earlier, me],
    previous,
    deltaMs,
    bestEarlierMs: times.length ? Math.min(...times) : null,
    averageEarlierMs: times.length ? Math.round(times.reduce((a, b) => a + b, 0) / times.length) : null,
    direction: deltaMs === null ? null : Math.abs(deltaMs) < SAME_MS ? 'same' : deltaMs < 0 ? 'faster' : 'slower',
  };
}
